#include "ranking_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace morgue::quality {
namespace {

int grade_of(const std::map<std::string, int>& judged, const std::string& document) {
    const auto it = judged.find(document);
    return it == judged.end() ? 0 : it->second;
}

double discount(std::size_t rank) { return std::log2(static_cast<double>(rank) + 1.0); }

}  // namespace

double average_precision(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged) {
    if (judged.empty()) return 0;
    double sum = 0;
    std::size_t relevant_seen = 0;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        if (grade_of(judged, ranking[i]) <= 0) continue;
        ++relevant_seen;
        sum += static_cast<double>(relevant_seen) / static_cast<double>(i + 1);
    }
    return sum / static_cast<double>(judged.size());
}

double ndcg_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k) {
    double dcg = 0;
    for (std::size_t i = 0; i < ranking.size() && i < k; ++i) dcg += grade_of(judged, ranking[i]) / discount(i + 1);
    std::vector<int> ideal;
    for (const auto& [document, grade] : judged) ideal.push_back(grade);
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    double ideal_dcg = 0;
    for (std::size_t i = 0; i < ideal.size() && i < k; ++i) ideal_dcg += ideal[i] / discount(i + 1);
    return ideal_dcg > 0 ? dcg / ideal_dcg : 0;
}

double precision_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k) {
    if (k == 0) return 0;
    std::size_t relevant = 0;
    for (std::size_t i = 0; i < ranking.size() && i < k; ++i) relevant += grade_of(judged, ranking[i]) > 0;
    return static_cast<double>(relevant) / static_cast<double>(k);
}

double reciprocal_rank_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged,
                          std::size_t k) {
    for (std::size_t i = 0; i < ranking.size() && i < k; ++i)
        if (grade_of(judged, ranking[i]) > 0) return 1.0 / static_cast<double>(i + 1);
    return 0;
}

double success_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k) {
    return reciprocal_rank_at(ranking, judged, k) > 0 ? 1.0 : 0.0;
}

}  // namespace morgue::quality
