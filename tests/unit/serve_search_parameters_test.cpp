#include "search_parameters.hpp"

#include <morgue/error.hpp>

#include <doctest/doctest.h>

namespace morgue::serve {
namespace {

std::string error_of(const QueryParameters& parameters) {
    try {
        search_request_from(parameters, ServeLimits{});
    } catch (const RequestError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("serve search parameters: every parameter becomes its SearchRequest field") {
    const SearchRequest request = search_request_from(
        {{"q", "cocoa prices"}, {"sort", "newest"}, {"match", "any"}, {"limit", "25"}, {"offset", "50"},
         {"from", "1987-03"}, {"to", "1987"}, {"facet", "month"}, {"facet", "topic"}, {"facet_limit", "3"},
         {"recent", "2w"}, {"snippets", "false"}, {"estimate", "true"}, {"expand", "1"}},
        ServeLimits{});
    CHECK(request.query == "cocoa prices");
    CHECK(request.sort == SortOrder::Newest);
    CHECK(request.match == MatchMode::Any);
    CHECK(request.limit == 25);
    CHECK(request.offset == 50);
    CHECK(request.from == DateTime{1987, 3, 1});
    CHECK(request.to == DateTime{1987, 12, 31});
    CHECK(request.facets == std::vector<std::string>{"month", "topic"});
    CHECK(request.facet_limit == 3);
    CHECK(request.recent_half_life_days == 14);
    CHECK_FALSE(request.snippets);
    CHECK_FALSE(request.exact_total);
    CHECK(request.expand);
}

TEST_CASE("serve search parameters: defaults are morgue-search's") {
    const SearchRequest request = search_request_from({{"q", "cocoa"}}, ServeLimits{});
    const SearchRequest defaults;
    CHECK(request.limit == defaults.limit);
    CHECK(request.offset == 0);
    CHECK(request.sort == SortOrder::Relevance);
    CHECK(request.match == MatchMode::Most);
    CHECK(request.snippets);
    CHECK(request.exact_total);
    CHECK_FALSE(request.expand);
    CHECK(search_request_from({{"from", "1987"}}, ServeLimits{}).query.empty());  // a date range alone lists it
}

TEST_CASE("serve search parameters: nothing sent is ignored, nothing past the limits is served") {
    CHECK(error_of({{"q", "x"}, {"qq", "y"}}).starts_with("unknown parameter 'qq' (use q, sort,"));
    CHECK(error_of({{"q", "x"}, {"q", "y"}}) == "parameter 'q' is given more than once");
    CHECK(error_of({{"q", "x"}, {"limit", "1001"}}) == "limit 1001 is more than this server allows (1000)");
    CHECK(error_of({{"q", "x"}, {"offset", "10001"}}) == "offset 10001 is more than this server allows (10000)");
    CHECK(error_of({{"q", "x"}, {"limit", "-1"}}) == "limit '-1' is not a whole number");
    CHECK(error_of({{"q", "x"}, {"limit", "10x"}}) == "limit '10x' is not a whole number");
    CHECK(error_of({{"q", "x"}, {"limit", ""}}) == "limit '' is not a whole number");
    CHECK(error_of({{"q", "x"}, {"limit", "99999999999999999999999"}}) ==
          "limit '99999999999999999999999' is not a whole number");
    CHECK(error_of({{"q", "x"}, {"sort", "date"}}) == "unknown sort date (use relevance, newest or oldest)");
    CHECK(error_of({{"q", "x"}, {"to", "2010-13-45"}}) == "to '2010-13-45' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    CHECK(error_of({{"q", "x"}, {"snippets", "no"}}) == "snippets 'no' is not true or false");
    CHECK(error_of({{"q", "  "}}) == "no query given: /search?q=QUERY (or a from/to date range)");
    CHECK(error_of({}) == "no query given: /search?q=QUERY (or a from/to date range)");
    ServeLimits tight;
    tight.max_limit = 5;
    CHECK_THROWS_AS(search_request_from({{"q", "x"}, {"limit", "6"}}, tight), RequestError);
    CHECK(search_request_from({{"q", "x"}, {"limit", "5"}}, tight).limit == 5);
}

}  // namespace morgue::serve
