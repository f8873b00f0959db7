#pragma once

#include <morgue/article.hpp>

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace morgue {

// Builds Xapian documents on worker threads while the caller writes the finished ones to the
// database in the order the articles were submitted. Analysis (ICU, stemming, compressing the
// stored article) is about a third of indexing time and Xapian's writer is single-threaded, so
// this runs the two at once.
class DocumentPipeline {
public:
    struct Built {
        std::string id;
        Xapian::Document document;
    };
    using Write = std::function<void(Built&&)>;

    // `threads` workers (at least one), at most `capacity` articles in flight.
    DocumentPipeline(unsigned threads, std::size_t capacity);
    ~DocumentPipeline();  // stops the workers; articles not yet written are dropped
    DocumentPipeline(const DocumentPipeline&) = delete;
    DocumentPipeline& operator=(const DocumentPipeline&) = delete;

    // Queues the article, first writing finished documents if the pipeline is full.
    // `language` is the canonical stemming language, already checked.
    void submit(Article article, std::string language, const Write& write);
    // Writes every finished document in order; with wait_all, waits for all of them.
    // Rethrows a worker's failure as it reaches the front, naming the article.
    void drain(bool wait_all, const Write& write);

private:
    struct Job;
    void work();

    std::mutex mutex_;
    std::condition_variable work_ready_;  // a job to claim, or stopping
    std::condition_variable job_done_;
    std::deque<std::shared_ptr<Job>> jobs_;  // in submission order, finished or not
    std::size_t unclaimed_ = 0;              // jobs at the back not yet taken by a worker
    std::size_t capacity_;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace morgue
