#include <morgue/error.hpp>
#include <morgue/search_options.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace morgue {
namespace {

template <typename Parse>
std::string error_of(Parse parse) {
    try {
        parse();
    } catch (const RequestError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("search options: sort orders and match modes by name, with the option in the message") {
    CHECK(parse_sort_order("newest", "--sort") == SortOrder::Newest);
    CHECK(parse_sort_order("oldest", "sort") == SortOrder::Oldest);
    CHECK(parse_sort_order("relevance", "sort") == SortOrder::Relevance);
    CHECK(error_of([] { parse_sort_order("date", "--sort"); }) == "unknown --sort date (use relevance, newest or oldest)");
    CHECK(parse_match_mode("all", "match") == MatchMode::All);
    CHECK(parse_match_mode("any", "match") == MatchMode::Any);
    CHECK(parse_match_mode("most", "match") == MatchMode::Most);
    CHECK(error_of([] { parse_match_mode("some", "match"); }) == "unknown match some (use most, all or any)");
}

TEST_CASE("search options: the names each option accepts, as help texts and completion list them") {
    CHECK(sort_order_names() == std::vector<std::string>{"relevance", "newest", "oldest"});
    CHECK(match_mode_names() == std::vector<std::string>{"most", "all", "any"});
    CHECK(facet_names() == std::vector<std::string>{"year", "month", "topic", "place", "source", "section", "byline"});
    for (const std::string& name : sort_order_names()) CHECK_NOTHROW(parse_sort_order(name, "sort"));
    for (const std::string& name : match_mode_names()) CHECK_NOTHROW(parse_match_mode(name, "match"));
}

TEST_CASE("search options: a date bound takes the first or last day of a year, month or day") {
    CHECK(parse_date_bound("1987", "--from", DateBound::First) == DateTime{1987, 1, 1});
    CHECK(parse_date_bound("1987", "--to", DateBound::Last) == DateTime{1987, 12, 31});
    CHECK(parse_date_bound("1988-02", "to", DateBound::Last) == DateTime{1988, 2, 29});
    CHECK(parse_date_bound("2010-03-26", "from", DateBound::First) == DateTime{2010, 3, 26});
    CHECK(error_of([] { parse_date_bound("2010-13-45", "--to", DateBound::Last); }) ==
          "--to '2010-13-45' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
}

TEST_CASE("search options: half-lives in days, weeks, months and years") {
    CHECK(parse_half_life_days("30d", "--recent") == 30);
    CHECK(parse_half_life_days("2w", "--recent") == 14);
    CHECK(parse_half_life_days("1y", "recent") == 365.25);
    for (const char* bad : {"0d", "d", "30", "-1d", "1x", "nand", "1.5.2d"})
        CHECK(error_of([&] { parse_half_life_days(bad, "--recent"); }) ==
              "--recent '" + std::string(bad) + "' is not a half-life (a number and d, w, m or y: 30d, 6w, 3m, 2y)");
}

}  // namespace morgue
