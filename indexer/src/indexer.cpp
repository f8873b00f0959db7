#include "bulk_writer.hpp"
#include "incremental_writer.hpp"
#include "language_detector.hpp"
#include "sharded_writer.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/collection_file.hpp>
#include <morgue/error.hpp>
#include <morgue/indexer.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <thread>

namespace morgue {
namespace {

unsigned worker_threads(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

struct Indexer::Impl {
    IndexerOptions options;
    std::string default_language;
    unsigned threads;
    std::unique_ptr<BulkWriter> bulk;               // until a bulk load's commit
    std::unique_ptr<IncrementalWriter> incremental;  // otherwise
    std::unique_ptr<ShardedWriter> sharded;          // or, with shard_by, one for each shard
    IndexerCounts earlier;                          // counts of a finished bulk load

    explicit Impl(IndexerOptions opts)
        : options(std::move(opts)),
          default_language(Analyzer::canonical_language(options.language)),
          threads(worker_threads(options.threads)) {
        // An archive of shards is added to as it was split. Any other file is left to the database
        // open, which says it cannot be opened.
        if (options.shard_by.empty() && is_collection_file(options.database))
            options.shard_by = recorded_shard_scheme(options.database);
        if (options.bulk && !options.shard_by.empty()) throw Error("a bulk load writes one database: not with shards");
        if (!options.shard_by.empty()) sharded = std::make_unique<ShardedWriter>(options, threads);
        else if (options.bulk) bulk = std::make_unique<BulkWriter>(options, threads);
        else incremental = std::make_unique<IncrementalWriter>(options, threads);
    }

    std::string language_of(const Article& article) const {
        if (!article.language.empty()) return Analyzer::canonical_language(article.language);
        if (options.detect_language)
            if (std::optional<std::string> detected = detect_language(article)) return *std::move(detected);
        return default_language;
    }

    IndexWriter& writer() {
        if (sharded) return *sharded;
        return bulk ? static_cast<IndexWriter&>(*bulk) : *incremental;
    }
    const IndexWriter& writer() const {
        if (sharded) return *sharded;
        return bulk ? static_cast<const IndexWriter&>(*bulk) : *incremental;
    }

    void commit() {
        writer().commit();
        if (bulk) {  // loaded: what comes next is added to the database as usual
            earlier = bulk->counts();
            bulk.reset();
            // Releasing the load's lock lets an indexer waiting behind it in: wait for it in turn.
            options.wait_for_lock = true;
            incremental = std::make_unique<IncrementalWriter>(options, threads);
        }
    }
};

Indexer::Indexer(IndexerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Indexer::~Indexer() = default;
Indexer::Indexer(Indexer&&) noexcept = default;
Indexer& Indexer::operator=(Indexer&&) noexcept = default;

std::string Indexer::add(Article article) {
    if (article.id.empty()) throw Error("article has no id");
    std::string language = impl_->language_of(article);
    impl_->writer().add(std::move(article), language);
    return language;
}

bool Indexer::remove(std::string_view id) { return impl_->writer().remove(id); }

void Indexer::commit() { impl_->commit(); }

std::size_t Indexer::build_top_lists(const TopListLimits& limits) {
    if (impl_->sharded) return impl_->sharded->build_top_lists(limits);
    if (impl_->bulk) impl_->commit();
    return impl_->incremental->build_top_lists(limits);
}

IndexerCounts Indexer::counts() const {
    IndexerCounts now = impl_->writer().counts();
    now.added += impl_->earlier.added;
    now.replaced += impl_->earlier.replaced;
    now.removed += impl_->earlier.removed;
    return now;
}

std::uint64_t Indexer::document_count() const { return impl_->writer().document_count(); }

}  // namespace morgue
