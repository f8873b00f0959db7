#pragma once

#include <morgue/article.hpp>
#include <morgue/indexer.hpp>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace morgue::serve {

// The one writer of a writable server: a thread that owns the Indexer, so requests on any worker
// thread write through it in turn while searchers keep reading the last commit. Commits coalesce:
// the requests waiting for a commit when the writer gets to it share one (and the indexer commits
// by itself every IndexerOptions::batch_size articles).
class ArticleWriter {
public:
    // Opens the database for writing (throws as Indexer's constructor does).
    explicit ArticleWriter(IndexerOptions options);
    // Stops the thread; what was not committed is discarded (finish() commits it).
    ~ArticleWriter();
    ArticleWriter(const ArticleWriter&) = delete;
    ArticleWriter& operator=(const ArticleWriter&) = delete;

    // Queues the articles for writing and waits until they are: one message per article, empty
    // where it was taken, else why it was refused (an unknown language, say).
    std::vector<std::string> add(std::vector<Article> articles);
    // Deletes the article with this id and commits; false when there was none.
    bool remove(const std::string& id);
    // Waits until everything written so far is durable and visible to searchers; returns the
    // number of articles in the database. Throws DatabaseError if committing fails.
    std::uint64_t commit();
    // Commits and stops the thread. Throws DatabaseError if committing fails.
    void finish();

private:
    struct Job {
        std::function<void(Indexer&)> work;  // empty for a commit
        std::promise<void> done;
    };
    void run();
    void submit(std::function<void(Indexer&)> work);

    Indexer indexer_;
    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<Job> jobs_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace morgue::serve
