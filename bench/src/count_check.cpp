#include "count_check.hpp"

#include "stopwatch.hpp"

#include <algorithm>
#include <cmath>

namespace morgue::bench {
namespace {

double ratio(std::uint64_t a, std::uint64_t b) {
    if (a == b) return 1.0;
    return b == 0 ? INFINITY : static_cast<double>(a) / static_cast<double>(b);
}

nlohmann::json check_class(Engine& morgue, Engine& other, const std::vector<BenchQuery>& queries, double seconds,
                           nlohmann::json& details) {
    std::vector<double> ratios;
    std::size_t agree = 0;
    const Stopwatch clock;
    for (const auto& q : queries) {
        if (clock.seconds() >= seconds) break;
        if (!other.supports(q)) continue;
        std::uint64_t a = 0, b = 0;
        try {
            a = morgue.count(q);
            b = other.count(q);
        } catch (const std::exception& e) {
            details.push_back({{"class", q.query_class}, {"query", q.text}, {"error", e.what()}});
            continue;
        }
        const double r = ratio(a, b);
        ratios.push_back(r);
        if (std::abs(r - 1.0) <= 0.1) ++agree;
        details.push_back({{"class", q.query_class}, {"query", q.text}, {"morgue", a}, {"other", b}});
    }
    if (ratios.empty()) return {{"checked", 0}};
    std::sort(ratios.begin(), ratios.end());
    return {{"checked", ratios.size()}, {"queries", queries.size()}, {"agree_within_10pct", agree},
            {"median_ratio", ratios[ratios.size() / 2]}};
}

}  // namespace

nlohmann::json compare_counts(Engine& morgue, Engine& other, const std::vector<BenchQuery>& queries,
                              double seconds_per_class) {
    nlohmann::json classes = nlohmann::json::object();
    nlohmann::json details = nlohmann::json::array();
    for (const auto& name : query_classes(queries))
        classes[name] = check_class(morgue, other, queries_of_class(queries, name), seconds_per_class, details);
    return {{"classes", classes}, {"queries", details}};
}

}  // namespace morgue::bench
