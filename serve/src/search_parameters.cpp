#include "search_parameters.hpp"

#include <morgue/error.hpp>
#include <morgue/search_options.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

namespace morgue::serve {
namespace {

constexpr std::array<std::string_view, 13> kParameters = {
    "q", "sort", "match", "limit", "offset", "from", "to", "facet", "facet_limit", "recent", "snippets", "estimate",
    "expand"};

bool known(std::string_view name) {
    return std::find(kParameters.begin(), kParameters.end(), name) != kParameters.end();
}

// The value of a parameter given at most once.
const std::string* single(const QueryParameters& parameters, const std::string& name) {
    const auto [first, last] = parameters.equal_range(name);
    if (first == last) return nullptr;
    if (std::next(first) != last) throw RequestError("parameter '" + name + "' is given more than once");
    return &first->second;
}

std::size_t count_parameter(const QueryParameters& parameters, const std::string& name, std::size_t fallback,
                            std::size_t maximum) {
    const std::string* text = single(parameters, name);
    if (!text) return fallback;
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (text->empty() || error != std::errc() || end != text->data() + text->size())
        throw RequestError(name + " '" + *text + "' is not a whole number");
    if (value > maximum)
        throw RequestError(name + " " + *text + " is more than this server allows (" + std::to_string(maximum) + ")");
    return value;
}

bool flag_parameter(const QueryParameters& parameters, const std::string& name, bool fallback) {
    const std::string* text = single(parameters, name);
    if (!text) return fallback;
    if (*text == "true" || *text == "1") return true;
    if (*text == "false" || *text == "0") return false;
    throw RequestError(name + " '" + *text + "' is not true or false");
}

}  // namespace

SearchRequest search_request_from(const QueryParameters& parameters, const ServeLimits& limits) {
    for (const auto& [name, value] : parameters)
        if (!known(name))
            throw RequestError("unknown parameter '" + name +
                               "' (use q, sort, match, limit, offset, from, to, facet, facet_limit, recent, snippets, "
                               "estimate, expand)");
    SearchRequest request;
    if (const std::string* q = single(parameters, "q")) request.query = *q;
    if (const std::string* sort = single(parameters, "sort")) request.sort = parse_sort_order(*sort, "sort");
    if (const std::string* match = single(parameters, "match")) request.match = parse_match_mode(*match, "match");
    request.limit = count_parameter(parameters, "limit", request.limit, limits.max_limit);
    request.offset = count_parameter(parameters, "offset", request.offset, limits.max_offset);
    if (const std::string* from = single(parameters, "from")) request.from = parse_date_bound(*from, "from", DateBound::First);
    if (const std::string* to = single(parameters, "to")) request.to = parse_date_bound(*to, "to", DateBound::Last);
    const auto [first_facet, last_facet] = parameters.equal_range("facet");
    for (auto it = first_facet; it != last_facet; ++it) request.facets.push_back(it->second);
    request.facet_limit = count_parameter(parameters, "facet_limit", request.facet_limit, limits.max_facet_limit);
    if (const std::string* recent = single(parameters, "recent"))
        request.recent_half_life_days = parse_half_life_days(*recent, "recent");
    request.snippets = flag_parameter(parameters, "snippets", true);
    request.exact_total = !flag_parameter(parameters, "estimate", false);
    request.expand = flag_parameter(parameters, "expand", false);
    if (request.query.find_first_not_of(" \t\r\n") == std::string::npos && !request.from && !request.to)
        throw RequestError("no query given: /search?q=QUERY (or a from/to date range)");
    return request;
}

}  // namespace morgue::serve
