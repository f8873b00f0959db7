#include "latency_stats.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace morgue::bench {
namespace {

double percentile(const std::vector<double>& sorted, double p) {
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

nlohmann::json latency_summary(std::vector<double> microseconds, double busy_seconds) {
    if (microseconds.empty()) return {{"runs", 0}};
    std::sort(microseconds.begin(), microseconds.end());
    const double total = std::accumulate(microseconds.begin(), microseconds.end(), 0.0);
    return {{"runs", microseconds.size()},
            {"p50_us", percentile(microseconds, 50)},
            {"p95_us", percentile(microseconds, 95)},
            {"p99_us", percentile(microseconds, 99)},
            {"mean_us", total / static_cast<double>(microseconds.size())},
            {"max_us", microseconds.back()},
            {"qps", busy_seconds > 0 ? static_cast<double>(microseconds.size()) / busy_seconds : 0.0}};
}

}  // namespace morgue::bench
