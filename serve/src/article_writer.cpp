#include "article_writer.hpp"

#include <morgue/error.hpp>

namespace morgue::serve {

ArticleWriter::ArticleWriter(IndexerOptions options) : indexer_(std::move(options)), thread_([this] { run(); }) {}

ArticleWriter::~ArticleWriter() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_one();
    if (thread_.joinable()) thread_.join();
}

void ArticleWriter::run() {
    for (;;) {
        std::deque<Job> batch;
        {
            std::unique_lock lock(mutex_);
            queued_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return;  // stopping, and nothing left to answer
            batch.swap(jobs_);
        }
        // Work in the order it came; the commits asked for meanwhile become one, after it.
        std::vector<std::promise<void>> commits;
        for (Job& job : batch) {
            if (!job.work) {
                commits.push_back(std::move(job.done));
                continue;
            }
            try {
                job.work(indexer_);
                job.done.set_value();
            } catch (...) {
                job.done.set_exception(std::current_exception());
            }
        }
        if (commits.empty()) continue;
        std::exception_ptr failure;
        try {
            indexer_.commit();
        } catch (...) {
            failure = std::current_exception();
        }
        for (auto& commit : commits) failure ? commit.set_exception(failure) : commit.set_value();
    }
}

void ArticleWriter::submit(std::function<void(Indexer&)> work) {
    Job job{std::move(work), {}};
    std::future<void> done = job.done.get_future();
    {
        const std::lock_guard lock(mutex_);
        if (stopping_) throw Error("the server is shutting down; nothing was written");
        jobs_.push_back(std::move(job));
    }
    queued_.notify_one();
    done.get();
}

std::vector<std::string> ArticleWriter::add(std::vector<Article> articles) {
    std::vector<std::string> problems(articles.size());
    submit([&](Indexer& indexer) {
        for (std::size_t i = 0; i < articles.size(); ++i) {
            try {
                indexer.add(std::move(articles[i]));
            } catch (const DatabaseError&) {
                throw;  // the database, not this article: the whole request fails
            } catch (const Error& e) {
                problems[i] = e.what();
            }
        }
    });
    return problems;
}

bool ArticleWriter::remove(const std::string& id) {
    bool removed = false;
    submit([&](Indexer& indexer) { removed = indexer.remove(id); });
    commit();
    return removed;
}

std::uint64_t ArticleWriter::commit() {
    submit({});
    std::uint64_t articles = 0;
    submit([&](Indexer& indexer) { articles = indexer.document_count(); });
    return articles;
}

void ArticleWriter::finish() {
    commit();
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_one();
    if (thread_.joinable()) thread_.join();
}

}  // namespace morgue::serve
