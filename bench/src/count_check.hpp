#pragma once

#include "bench_query.hpp"
#include "engine.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace morgue::bench {

// Do both engines answer the same question? Counts every match of each query in both (morgue
// with exact totals), within `seconds_per_class`, and summarizes per class: queries checked,
// how many agree within 10%, the median ratio morgue/other. Per-query counts are kept for digging.
nlohmann::json compare_counts(Engine& morgue, Engine& other, const std::vector<BenchQuery>& queries,
                              double seconds_per_class);

}  // namespace morgue::bench
