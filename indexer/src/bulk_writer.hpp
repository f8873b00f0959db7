#pragma once

#include "index_writer.hpp"

#include <xapian.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

namespace morgue {

// Loads a new database fast. Worker threads each analyze articles and write them into small shard
// databases of their own (a fresh Xapian database takes documents several times faster than a big
// one, and each shard has its own writer), and commit() merges the shards into the database with
// Xapian's compaction. Nothing is visible before commit(): an interrupted run leaves the database
// new and empty, and the next run starts over. Refuses a database that already holds articles.
class BulkWriter final : public IndexWriter {
public:
    BulkWriter(const IndexerOptions& options, unsigned threads);
    ~BulkWriter() override;  // stops the workers and removes the shards

    void add(Article article, std::string language) override;
    bool remove(std::string_view id) override;  // throws Error: a bulk load only adds
    void commit() override;
    IndexerCounts counts() const override { return counts_; }
    std::uint64_t document_count() const override { return document_count_; }

private:
    struct Job {
        Article article;
        std::string language;
    };
    void work(unsigned worker);
    void stop_workers();
    void rethrow_worker_failure();
    void merge_into_database();
    static void compact_shards(const std::vector<std::filesystem::path>& shards, const std::filesystem::path& output);
    void lock_staging();
    void lock_database();
    void replace_database_with(const std::filesystem::path& merged);

    const IndexerOptions& options_;
    std::filesystem::path staging_;  // <database>.bulk: shards and the lock
    unsigned threads_;
    int lock_fd_ = -1;
    // The database, open for writing (so locked) from the start of the load until its files have
    // been replaced: another indexer, even with --wait, never sees it half swapped.
    std::optional<Xapian::WritableDatabase> database_;

    std::mutex mutex_;
    std::condition_variable job_ready_;
    std::condition_variable job_taken_;
    std::deque<Job> jobs_;
    std::size_t capacity_;
    bool stopping_ = false;
    std::exception_ptr failure_;
    std::vector<std::filesystem::path> shards_;  // finished shards
    std::vector<std::thread> workers_;

    std::unordered_set<std::string> ids_;  // ids sent to a shard
    std::map<std::string, Job> later_versions_;  // a repeated id's last version, applied after the merge
    std::set<std::string> languages_;
    IndexerCounts counts_;
    std::uint64_t document_count_ = 0;
};

}  // namespace morgue
