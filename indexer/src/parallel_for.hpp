#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace morgue {

// Calls task(i) for every i in [0, count) on up to `threads` threads; rethrows the first failure
// once all have stopped.
template <typename Task>
void parallel_for(std::size_t count, unsigned threads, const Task& task) {
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> failures(count);
    const auto work = [&] {
        for (std::size_t i; (i = next++) < count;) {
            try {
                task(i);
            } catch (...) {
                failures[i] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    const std::size_t extra = std::min<std::size_t>(count, std::max(1u, threads)) - (count > 0 ? 1 : 0);
    for (std::size_t t = 0; t < extra; ++t) pool.emplace_back(work);
    work();  // the calling thread takes a share too
    for (auto& thread : pool) thread.join();
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

}  // namespace morgue
