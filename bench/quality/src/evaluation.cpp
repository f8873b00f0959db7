#include "evaluation.hpp"

#include "ranking_metrics.hpp"

#include <functional>

namespace morgue::quality {
namespace {

using Measure = std::function<double(const Ranking&, const std::map<std::string, int>&)>;

std::vector<std::pair<std::string, Measure>> measures_for(TaskKind kind) {
    if (kind == TaskKind::Judged)
        return {{"MAP", average_precision},
                {"nDCG@10", [](const auto& r, const auto& j) { return ndcg_at(r, j, 10); }},
                {"P@10", [](const auto& r, const auto& j) { return precision_at(r, j, 10); }}};
    return {{"success@1", [](const auto& r, const auto& j) { return success_at(r, j, 1); }},
            {"success@3", [](const auto& r, const auto& j) { return success_at(r, j, 3); }},
            {"MRR@10", [](const auto& r, const auto& j) { return reciprocal_rank_at(r, j, 10); }}};
}

}  // namespace

Evaluation evaluate_run(TaskKind kind, const Qrels& qrels, const Run& run) {
    Evaluation evaluation;
    const auto measures = measures_for(kind);
    std::vector<double> sums(measures.size(), 0.0);
    const Ranking nothing;
    for (const auto& [query, judged] : qrels) {
        const auto found = run.find(query);
        const Ranking& ranking = found == run.end() ? nothing : found->second;
        if (ranking.empty()) ++evaluation.no_hits;
        for (std::size_t m = 0; m < measures.size(); ++m) sums[m] += measures[m].second(ranking, judged);
        ++evaluation.queries;
    }
    for (std::size_t m = 0; m < measures.size(); ++m)
        evaluation.measures.emplace_back(measures[m].first,
                                         evaluation.queries == 0 ? 0.0 : sums[m] / static_cast<double>(evaluation.queries));
    return evaluation;
}

}  // namespace morgue::quality
