#pragma once

#include "bench_query.hpp"
#include "engine.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace morgue::bench {

struct PassLimits {
    double seconds = 2.0;       // per class and engine: passes stop when this is spent
    std::size_t passes = 5;     // timed passes at most (after one warm-up pass)
};

// One class on one engine: a warm-up pass, then timed passes over the class's queries until
// `limits` are reached. Queries the engine cannot express are skipped; queries that fail are
// counted as errors. Result: latency summary plus queries, supported, passes, errors, complete.
nlohmann::json time_class(Engine& engine, const std::vector<BenchQuery>& queries, const PassLimits& limits);

// The first pass over each class straight after dropping the page cache, with a fresh engine.
// Returns "not measured" with the reason when the cache cannot be dropped.
nlohmann::json cold_pass(const EngineMaker& maker, const std::vector<BenchQuery>& queries, double seconds_per_class);

// The whole mix, shuffled per thread, on `threads` threads with one engine each, for `seconds`.
nlohmann::json throughput(const EngineMaker& maker, const std::vector<BenchQuery>& queries, unsigned threads,
                          double seconds);

// Empties the kernel's page cache (needs root); false when that is not possible.
bool drop_page_cache();

}  // namespace morgue::bench
