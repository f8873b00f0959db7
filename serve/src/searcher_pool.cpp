#include "searcher_pool.hpp"

#include <algorithm>

namespace morgue::serve {

SearcherPool::SearcherPool(std::string database, std::size_t capacity)
    : database_(std::move(database)), capacity_(std::max<std::size_t>(capacity, 1)) {
    idle_.push_back(std::make_unique<Searcher>(database_));
    opened_ = 1;
}

SearcherPool::Lease::~Lease() {
    if (searcher_) pool_->give_back(std::move(searcher_));
}

SearcherPool::Lease SearcherPool::lease(std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    if (idle_.empty() && opened_ < capacity_) {
        ++opened_;  // reserved before opening, which happens outside the lock
        lock.unlock();
        try {
            return Lease(*this, std::make_unique<Searcher>(database_));
        } catch (...) {
            const std::lock_guard relock(mutex_);
            --opened_;
            throw;
        }
    }
    if (!returned_.wait_for(lock, wait, [&] { return !idle_.empty(); }))
        throw BusyError("every searcher is busy; try again in a moment");
    std::unique_ptr<Searcher> searcher = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(searcher));
}

void SearcherPool::give_back(std::unique_ptr<Searcher> searcher) {
    {
        const std::lock_guard lock(mutex_);
        idle_.push_back(std::move(searcher));
    }
    returned_.notify_one();
}

}  // namespace morgue::serve
