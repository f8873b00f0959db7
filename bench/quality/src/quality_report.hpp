#pragma once

#include "evaluation.hpp"
#include "task_files.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace morgue::quality {

// One task's evaluations, engine by engine ("lucene", "morgue-default", ...), baseline first.
struct TaskResult {
    TaskEntry task{};
    std::vector<std::pair<std::string, Evaluation>> engines{};
};

// The engine every ratio divides by.
inline constexpr const char* kBaselineEngine = "lucene";

// One table per kind of task (judged collections, known items): a row per task and measure, a
// column per engine, and beside each morgue column its ratio to Lucene's.
std::string report_tables(const std::vector<TaskResult>& results, bool markdown);

nlohmann::json report_json(const std::vector<TaskResult>& results);

}  // namespace morgue::quality
