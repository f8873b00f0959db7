#include "quality_report.hpp"

#include "text_table.hpp"

#include <cstdio>
#include <set>

namespace morgue::quality {
namespace {

std::string three_decimals(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

std::string ratio(double value, double baseline) {
    if (baseline <= 0) return "–";
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value / baseline);
    return text;
}

const Evaluation* baseline_of(const TaskResult& result) {
    for (const auto& [engine, evaluation] : result.engines)
        if (engine == kBaselineEngine) return &evaluation;
    return nullptr;
}

// Engines in the order they first appear, so the columns line up across tasks.
std::vector<std::string> engine_columns(const std::vector<const TaskResult*>& results) {
    std::vector<std::string> engines;
    std::set<std::string> seen;
    for (const auto* result : results)
        for (const auto& [engine, evaluation] : result->engines)
            if (seen.insert(engine).second) engines.push_back(engine);
    return engines;
}

const Evaluation* evaluation_of(const TaskResult& result, const std::string& engine) {
    for (const auto& [name, evaluation] : result.engines)
        if (name == engine) return &evaluation;
    return nullptr;
}

std::string table_for(const std::vector<const TaskResult*>& results, const std::string& title, bool markdown) {
    const auto engines = engine_columns(results);
    bool has_baseline = false;
    std::vector<std::string> header{"task", "measure"};
    for (const auto& engine : engines) {
        header.push_back(engine);
        if (engine == kBaselineEngine) has_baseline = true;
        else if (std::find(engines.begin(), engines.end(), kBaselineEngine) != engines.end()) header.push_back("/lucene");
    }
    bench::TextTable table(header);
    for (const auto* result : results) {
        const Evaluation* baseline = baseline_of(*result);
        const auto* first = result->engines.empty() ? nullptr : &result->engines.front().second;
        if (first == nullptr) continue;
        for (std::size_t m = 0; m <= first->measures.size(); ++m) {
            const bool no_hits_row = m == first->measures.size();
            std::vector<std::string> row{m == 0 ? result->task.name + " (" + std::to_string(first->queries) + " q)" : "",
                                         no_hits_row ? "no hits" : first->measures[m].first};
            for (const auto& engine : engines) {
                const Evaluation* evaluation = evaluation_of(*result, engine);
                const bool is_baseline = engine == kBaselineEngine;
                const bool ratio_column = !is_baseline && has_baseline;
                if (evaluation == nullptr) {
                    row.push_back("–");
                    if (ratio_column) row.push_back("");
                    continue;
                }
                if (no_hits_row) {
                    row.push_back(std::to_string(evaluation->no_hits));
                    if (ratio_column) row.push_back("");
                    continue;
                }
                const double value = evaluation->measures[m].second;
                row.push_back(three_decimals(value));
                if (ratio_column) row.push_back(baseline ? ratio(value, baseline->measures[m].second) : "–");
            }
            table.add(std::move(row));
        }
    }
    return (markdown ? "### " + title + "\n\n" + table.markdown() : title + "\n" + table.plain()) + "\n";
}

}  // namespace

std::string report_tables(const std::vector<TaskResult>& results, bool markdown) {
    std::vector<const TaskResult*> judged, known;
    for (const auto& result : results) (result.task.kind == TaskKind::Judged ? judged : known).push_back(&result);
    std::string out;
    if (!judged.empty()) out += table_for(judged, "Judged collections (top 100): MAP, nDCG@10, P@10", markdown);
    if (!known.empty()) out += table_for(known, "Reuters-21578 known items (top 10): success@1, success@3, MRR@10", markdown);
    return out;
}

nlohmann::json report_json(const std::vector<TaskResult>& results) {
    nlohmann::json tasks = nlohmann::json::array();
    for (const auto& result : results) {
        nlohmann::json engines = nlohmann::json::object();
        const Evaluation* baseline = baseline_of(result);
        for (const auto& [engine, evaluation] : result.engines) {
            nlohmann::json measures = nlohmann::json::object();
            nlohmann::json ratios = nlohmann::json::object();
            for (std::size_t m = 0; m < evaluation.measures.size(); ++m) {
                const auto& [name, value] = evaluation.measures[m];
                measures[name] = value;
                if (baseline && engine != kBaselineEngine && baseline->measures[m].second > 0)
                    ratios[name] = value / baseline->measures[m].second;
            }
            engines[engine] = {{"measures", measures}, {"queries", evaluation.queries}, {"no_hits", evaluation.no_hits}};
            if (!ratios.empty()) engines[engine]["ratio_to_lucene"] = ratios;
        }
        tasks.push_back({{"name", result.task.name},
                         {"kind", task_kind_name(result.task.kind)},
                         {"depth", result.task.depth},
                         {"engines", engines}});
    }
    return tasks;
}

}  // namespace morgue::quality
