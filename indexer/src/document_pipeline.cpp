#include "document_pipeline.hpp"

#include "document_builder.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/error.hpp>
#include <morgue/indexer.hpp>

#include <algorithm>
#include <optional>

namespace morgue {

struct DocumentPipeline::Job {
    Article article;
    std::string language;
    std::optional<Xapian::Document> document;
    std::exception_ptr error;
    bool done = false;
};

DocumentPipeline::DocumentPipeline(unsigned threads, std::size_t capacity) : capacity_(std::max<std::size_t>(1, capacity)) {
    threads = std::max(1u, threads);
    workers_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

DocumentPipeline::~DocumentPipeline() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& worker : workers_) worker.join();
}

void DocumentPipeline::work() {
    // Analyzer and builder hold ICU and Snowball state that must not be shared between threads.
    Analyzer analyzer;
    DocumentBuilder builder(analyzer);
    std::unique_lock lock(mutex_);
    while (true) {
        work_ready_.wait(lock, [&] { return stopping_ || unclaimed_ > 0; });
        if (stopping_) return;
        std::shared_ptr<Job> job = jobs_[jobs_.size() - unclaimed_];
        --unclaimed_;
        lock.unlock();
        try {
            job->document = builder.build(job->article, job->language);
        } catch (...) {
            job->error = std::current_exception();
        }
        lock.lock();
        job->done = true;
        job_done_.notify_all();
    }
}

void DocumentPipeline::submit(Article article, std::string language, const Write& write) {
    auto job = std::make_shared<Job>();
    job->article = std::move(article);
    job->language = std::move(language);
    {
        std::unique_lock lock(mutex_);
        jobs_.push_back(std::move(job));
        ++unclaimed_;
    }
    work_ready_.notify_one();
    drain(false, write);
}

void DocumentPipeline::drain(bool wait_all, const Write& write) {
    std::unique_lock lock(mutex_);
    while (!jobs_.empty()) {
        if (!jobs_.front()->done) {
            if (!wait_all && jobs_.size() < capacity_) return;
            job_done_.wait(lock, [&] { return jobs_.front()->done; });
        }
        std::shared_ptr<Job> job = std::move(jobs_.front());
        jobs_.pop_front();
        lock.unlock();
        if (job->error) {
            try {
                std::rethrow_exception(job->error);
            } catch (const std::exception& e) {
                throw IndexingError("article " + job->article.id + " could not be indexed: " + e.what());
            }
        }
        write(Built{std::move(job->article.id), std::move(*job->document)});
        lock.lock();
    }
}

}  // namespace morgue
