#include "sharded_writer.hpp"

#include <morgue/collection_file.hpp>
#include <morgue/error.hpp>

#include <filesystem>

namespace morgue {
namespace {

namespace fs = std::filesystem;

}  // namespace

ShardedWriter::ShardedWriter(const IndexerOptions& options, unsigned threads)
    : options_(options), threads_(threads), scheme_(ShardScheme::parse(options.shard_by)) {
    const std::string& archive = options_.database;
    std::error_code error;
    if (fs::is_directory(archive, error))
        throw DatabaseError(archive +
                            " is one database, not an archive of shards: --shard-by writes a collection "
                            "file, so name a new file (or an archive written with --shard-by)");
    if (!is_collection_file(archive)) return;
    for (const ShardAddress& shard : read_collection_file(archive)) {
        if (shard.kind != ShardAddress::Kind::Local)
            throw DatabaseError(archive + " lists the remote shard " + shard.label() +
                                ": morgue-index writes local shards only (index each remote shard on its own machine)");
        const fs::path path(shard.location);
        if (path.parent_path() != fs::absolute(folder()).lexically_normal())
            throw DatabaseError(archive + " lists " + shard.location + ", outside " + folder() +
                                ": add to that shard with morgue-index --db " + shard.location);
        shard_named(path.filename().string());
    }
}

std::string ShardedWriter::folder() const {
    return options_.database + ".shards";
}

ShardedWriter::Shard& ShardedWriter::shard_named(const std::string& name) {
    for (auto& shard : shards_)
        if (shard->name == name) return *shard;
    auto shard = std::make_unique<Shard>();
    shard->name = name;
    shard->options = options_;
    shard->options.shard_by.clear();
    shard->options.database = (fs::path(folder()) / name).string();
    std::error_code error;
    fs::create_directories(folder(), error);
    if (error) throw DatabaseError("cannot create " + folder() + ": " + error.message());
    shard->writer = std::make_unique<IncrementalWriter>(shard->options, threads_);
    shards_.push_back(std::move(shard));
    return *shards_.back();
}

ShardedWriter::Shard* ShardedWriter::holder(std::string_view id) {
    for (auto& shard : shards_)
        if (shard->writer->holds(id)) return shard.get();
    return nullptr;
}

ShardedWriter::Shard& ShardedWriter::target(const Article& article, Shard* holder) {
    if (scheme_.kind != ShardScheme::Kind::Size) return shard_named(scheme_.key(article));
    if (holder) return *holder;  // replaced where it is: a size scheme has no other place for it
    if (!shards_.empty() && shards_.back()->writer->document_count() < scheme_.size) return *shards_.back();
    return shard_named(ShardScheme::numbered(shards_.size() + 1));
}

void ShardedWriter::add(Article article, std::string language) {
    Shard* const held = holder(article.id);
    Shard& shard = target(article, held);
    if (held && held != &shard) {
        held->writer->remove(article.id);
        ++moved_;
    }
    shard.writer->add(std::move(article), std::move(language));
}

bool ShardedWriter::remove(std::string_view id) {
    bool removed = false;
    for (auto& shard : shards_) removed = shard->writer->remove(id) || removed;
    return removed;
}

void ShardedWriter::commit() {
    for (auto& shard : shards_) shard->writer->commit();
    if (shards_.empty()) return;
    std::vector<ShardAddress> lines;
    const std::string relative = fs::path(folder()).filename().string();
    for (const auto& shard : shards_) lines.push_back(ShardAddress::local((fs::path(relative) / shard->name).string()));
    write_collection_file(options_.database, lines, options_.shard_by);
}

IndexerCounts ShardedWriter::counts() const {
    IndexerCounts total;
    for (const auto& shard : shards_) {
        const IndexerCounts counts = shard->writer->counts();
        total.added += counts.added;
        total.replaced += counts.replaced;
        total.removed += counts.removed;
    }
    // A move is one replacement, not an article removed from one shard and a new one in another.
    total.added -= moved_;
    total.removed -= moved_;
    total.replaced += moved_;
    return total;
}

std::uint64_t ShardedWriter::document_count() const {
    std::uint64_t count = 0;
    for (const auto& shard : shards_) count += shard->writer->document_count();
    return count;
}

std::size_t ShardedWriter::build_top_lists(const TopListLimits& limits) {
    commit();
    std::size_t words = 0;
    for (auto& shard : shards_) words += shard->writer->build_top_lists(limits);
    return words;
}

}  // namespace morgue
