#pragma once

#include "collection.hpp"
#include "task_files.hpp"

#include <string>
#include <utility>
#include <vector>

namespace morgue::quality {

// Mean measures of one engine's run on one task, in report order. Judged: MAP, nDCG@10, P@10;
// known-item: success@1, success@3, MRR@10. Every judged query counts: one the run does not
// answer scores 0. `no_hits` counts the queries that returned nothing.
struct Evaluation {
    std::vector<std::pair<std::string, double>> measures{};
    std::size_t queries = 0;
    std::size_t no_hits = 0;
};

Evaluation evaluate_run(TaskKind kind, const Qrels& qrels, const Run& run);

}  // namespace morgue::quality
