#pragma once

#include <chrono>

namespace morgue::bench {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }
    double microseconds() const { return seconds() * 1e6; }

private:
    std::chrono::steady_clock::time_point start_;
};

}  // namespace morgue::bench
