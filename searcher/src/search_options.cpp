#include <morgue/alternatives.hpp>
#include <morgue/error.hpp>
#include <morgue/schema.hpp>
#include <morgue/search_options.hpp>

#include <array>
#include <cmath>
#include <string>
#include <utility>

namespace morgue {
namespace {

constexpr std::array<std::pair<std::string_view, SortOrder>, 3> kSortOrders{{
    {"relevance", SortOrder::Relevance}, {"newest", SortOrder::Newest}, {"oldest", SortOrder::Oldest}}};
constexpr std::array<std::pair<std::string_view, MatchMode>, 3> kMatchModes{{
    {"most", MatchMode::Most}, {"all", MatchMode::All}, {"any", MatchMode::Any}}};

std::string quoted(std::string_view option, std::string_view text) {
    return std::string(option) + " '" + std::string(text) + "'";
}

template <typename Table>
std::vector<std::string> names_of(const Table& table) {
    std::vector<std::string> names;
    for (const auto& [name, value] : table) names.emplace_back(name);
    return names;
}

template <typename Table>
auto parse_name(const Table& table, std::string_view text, std::string_view option) {
    for (const auto& [name, value] : table)
        if (name == text) return value;
    throw RequestError("unknown " + std::string(option) + " " + std::string(text) + " (use " +
                       alternatives(names_of(table)) + ")");
}

}  // namespace

SortOrder parse_sort_order(std::string_view text, std::string_view option) {
    return parse_name(kSortOrders, text, option);
}

MatchMode parse_match_mode(std::string_view text, std::string_view option) {
    return parse_name(kMatchModes, text, option);
}

std::vector<std::string> sort_order_names() { return names_of(kSortOrders); }
std::vector<std::string> match_mode_names() { return names_of(kMatchModes); }

std::vector<std::string> facet_names() {
    std::vector<std::string> names;
    for (const FacetSpec& facet : facet_specs()) names.emplace_back(facet.name);
    return names;
}

DateTime parse_date_bound(std::string_view text, std::string_view option, DateBound bound) {
    const auto range = parse_query_date(text);
    if (!range) throw RequestError(quoted(option, text) + " is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    return bound == DateBound::First ? *range->first : *range->last;
}

double parse_half_life_days(std::string_view text, std::string_view option) {
    const std::string usage = quoted(option, text) + " is not a half-life (a number and d, w, m or y: 30d, 6w, 3m, 2y)";
    if (text.size() < 2) throw RequestError(usage);
    double days_per_unit = 0;
    switch (text.back()) {
        case 'd': days_per_unit = 1; break;
        case 'w': days_per_unit = 7; break;
        case 'm': days_per_unit = 30.4375; break;
        case 'y': days_per_unit = 365.25; break;
        default: throw RequestError(usage);
    }
    const std::string number(text.substr(0, text.size() - 1));
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(number, &used);
    } catch (const std::exception&) {
        throw RequestError(usage);
    }
    if (used != number.size() || !(value > 0) || !std::isfinite(value)) throw RequestError(usage);
    return value * days_per_unit;
}

}  // namespace morgue
