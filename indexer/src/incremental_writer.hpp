#pragma once

#include "document_pipeline.hpp"
#include "index_writer.hpp"

#include <xapian.h>

#include <set>

namespace morgue {

// Writes each article into the database as it comes, committing every batch_size articles inside a
// transaction, so an interrupted run leaves the database at its last commit. Documents are built
// on worker threads; Xapian's writer runs on the caller's.
class IncrementalWriter final : public IndexWriter {
public:
    IncrementalWriter(const IndexerOptions& options, unsigned threads);

    void add(Article article, std::string language) override;
    bool remove(std::string_view id) override;
    void commit() override;
    IndexerCounts counts() const override { return counts_; }
    std::uint64_t document_count() const override { return db_.get_doccount(); }
    // Whether the database holds an article with this id (written, committed or not).
    bool holds(std::string_view id) const;

    // Commits, then rebuilds the precomputed top lists of frequent words and commits them.
    std::size_t build_top_lists(const TopListLimits& limits);

private:
    void write_document(DocumentPipeline::Built&& built);
    void after_change();
    void commit_written();

    const IndexerOptions& options_;
    unsigned threads_;
    Xapian::WritableDatabase db_;
    DocumentPipeline pipeline_;
    DocumentPipeline::Write write_ = [this](DocumentPipeline::Built&& built) { write_document(std::move(built)); };
    std::set<std::string> languages_;  // of every article added, recorded at each commit
    bool languages_changed_ = false;
    IndexerCounts counts_;
    std::size_t uncommitted_ = 0;
};

// Opens (creating if needed) the database for writing. Throws DatabaseLockedError or DatabaseError.
Xapian::WritableDatabase open_writable_database(const IndexerOptions& options);

}  // namespace morgue
