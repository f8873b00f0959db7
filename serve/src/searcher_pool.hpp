#pragma once

#include <morgue/error.hpp>
#include <morgue/searcher.hpp>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace morgue::serve {

// No searcher became free in time: the server is busy (503).
class BusyError : public Error {
public:
    using Error::Error;
};

// Searchers for the worker threads: a Searcher is not thread-safe, so each request leases one for
// itself and gives it back. Up to `capacity` are opened, the first at construction (so a database
// that cannot be opened is reported at once), the others when requests overlap; each reopens
// itself to the newest commit at every search (Searcher::search), so writes become visible.
class SearcherPool {
public:
    SearcherPool(std::string database, std::size_t capacity);

    class Lease {
    public:
        Lease(SearcherPool& pool, std::unique_ptr<Searcher> searcher) : pool_(&pool), searcher_(std::move(searcher)) {}
        Lease(Lease&&) noexcept = default;
        Lease& operator=(Lease&&) noexcept = delete;
        ~Lease();
        Searcher& operator*() const { return *searcher_; }
        Searcher* operator->() const { return searcher_.get(); }

    private:
        SearcherPool* pool_;
        std::unique_ptr<Searcher> searcher_;
    };

    // A searcher of one's own until the Lease ends. Throws BusyError if all `capacity` are leased
    // for longer than `wait`, DatabaseError if opening another fails.
    Lease lease(std::chrono::milliseconds wait);

private:
    void give_back(std::unique_ptr<Searcher> searcher);

    const std::string database_;
    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable returned_;
    std::vector<std::unique_ptr<Searcher>> idle_;
    std::size_t opened_ = 0;
};

}  // namespace morgue::serve
