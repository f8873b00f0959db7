#include <morgue/error.hpp>
#include <morgue/search_options.hpp>

#include <cmath>
#include <string>

namespace morgue {
namespace {

std::string quoted(std::string_view option, std::string_view text) {
    return std::string(option) + " '" + std::string(text) + "'";
}

}  // namespace

SortOrder parse_sort_order(std::string_view text, std::string_view option) {
    if (text == "relevance") return SortOrder::Relevance;
    if (text == "newest") return SortOrder::Newest;
    if (text == "oldest") return SortOrder::Oldest;
    throw RequestError("unknown " + std::string(option) + " " + std::string(text) + " (use relevance, newest or oldest)");
}

MatchMode parse_match_mode(std::string_view text, std::string_view option) {
    if (text == "most") return MatchMode::Most;
    if (text == "all") return MatchMode::All;
    if (text == "any") return MatchMode::Any;
    throw RequestError("unknown " + std::string(option) + " " + std::string(text) + " (use most, all or any)");
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
