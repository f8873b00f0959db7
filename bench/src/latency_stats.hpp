#pragma once

#include <nlohmann/json.hpp>

#include <vector>

namespace morgue::bench {

// p50, p95, p99 (nearest rank), mean and max in microseconds, the number of runs, and queries per
// second over `busy_seconds` (the time spent answering them).
nlohmann::json latency_summary(std::vector<double> microseconds, double busy_seconds);

}  // namespace morgue::bench
