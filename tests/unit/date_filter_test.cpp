#include "date_filter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using morgue::DateRange;
using morgue::DateTime;

const DateTime kEarliest{1986, 6, 15};
const DateTime kLatest{1989, 6, 30};

// The terms of a date query, in the order of its description (Query::get_terms_begin sorts them).
std::vector<std::string> terms_of(const Xapian::Query& query) {
    std::string description = query.get_description();
    const std::string head = "Query(0 * (", single_head = "Query(0 * ";
    std::vector<std::string> terms;
    if (description.starts_with(head)) {
        description = description.substr(head.size(), description.size() - head.size() - 2);
    } else if (description.starts_with(single_head)) {
        description = description.substr(single_head.size(), description.size() - single_head.size() - 1);
    } else {
        return terms;
    }
    for (std::size_t from = 0;;) {
        const std::size_t to = description.find(" OR ", from);
        terms.push_back(description.substr(from, to - from));
        if (to == std::string::npos) return terms;
        from = to + 4;
    }
}

std::vector<std::string> day_terms(const std::string& month, int first, int last) {
    std::vector<std::string> terms;
    for (int day = first; day <= last; ++day)
        terms.push_back("D" + month + (day < 10 ? "0" : "") + std::to_string(day));
    return terms;
}

std::vector<std::string> covering(DateRange range) {
    return terms_of(morgue::date_range_query(range, kEarliest, kLatest));
}

}  // namespace

TEST_CASE("date_filter: days inside one month are day terms") {
    CHECK(covering({DateTime{1987, 3, 1}, DateTime{1987, 3, 15}}) == day_terms("198703", 1, 15));
    CHECK(covering({DateTime{1987, 3, 7}, DateTime{1987, 3, 7}}) == std::vector<std::string>{"D19870307"});
}

TEST_CASE("date_filter: whole months become month terms") {
    std::vector<std::string> expected = day_terms("198702", 20, 28);
    expected.insert(expected.end(), {"M198703", "M198704"});
    const auto may = day_terms("198705", 1, 3);
    expected.insert(expected.end(), may.begin(), may.end());
    CHECK(covering({DateTime{1987, 2, 20}, DateTime{1987, 5, 3}}) == expected);
    // February of a leap year ends on the 29th.
    CHECK(covering({DateTime{1988, 2, 1}, DateTime{1988, 2, 29}}) == std::vector<std::string>{"M198802"});
    CHECK(covering({DateTime{1988, 2, 1}, DateTime{1988, 2, 28}}) == day_terms("198802", 1, 28));
    CHECK(covering({DateTime{1987, 2, 1}, DateTime{1987, 2, 28}}) == std::vector<std::string>{"M198702"});
}

TEST_CASE("date_filter: whole years become year terms") {
    CHECK(covering({DateTime{1986, 12, 30}, DateTime{1989, 1, 1}}) ==
          std::vector<std::string>{"D19861230", "D19861231", "Y1987", "Y1988", "D19890101"});
    CHECK(covering({DateTime{1987, 1, 1}, DateTime{1987, 12, 31}}) == std::vector<std::string>{"Y1987"});
    CHECK(covering({DateTime{1987, 11, 1}, DateTime{1988, 2, 29}}) ==
          std::vector<std::string>{"M198711", "M198712", "M198801", "M198802"});
}

TEST_CASE("date_filter: the query is an unweighted OR of the terms") {
    CHECK(morgue::date_range_query({DateTime{1987, 12, 31}, DateTime{1988, 1, 1}}, kEarliest, kLatest)
              .get_description() == "Query(0 * (D19871231 OR D19880101))");
    CHECK(morgue::date_range_query({DateTime{1988, 1, 1}, DateTime{1988, 12, 31}}, kEarliest, kLatest)
              .get_description() == "Query(0 * Y1988)");
}

TEST_CASE("date_filter: open ends stop at the indexed dates, widened when that takes fewer terms") {
    // Nothing is indexed before June 15, 1986: the whole of June is one term instead of sixteen days.
    CHECK(covering({std::nullopt, DateTime{1986, 7, 2}}) == std::vector<std::string>{"M198606", "D19860701", "D19860702"});
    // Widening to the end of 1989 would take more terms than stopping at the latest date (June 30).
    CHECK(covering({DateTime{1989, 4, 1}, std::nullopt}) == std::vector<std::string>{"M198904", "M198905", "M198906"});
    CHECK(covering({std::nullopt, std::nullopt}) == std::vector<std::string>{"Y1986", "Y1987", "Y1988", "Y1989"});
    // A closed range reaching past the indexed dates is clipped too.
    CHECK(covering({DateTime{1980, 1, 1}, DateTime{1986, 6, 16}}) ==
          std::vector<std::string>{"D19860615", "D19860616"});
}

TEST_CASE("date_filter: the indexed bounds count by day even when they carry a time") {
    const DateTime earliest{1987, 3, 31, 23, 59, 0, true};
    const DateTime latest{1987, 4, 30, 0, 1, 0, true};
    CHECK(terms_of(morgue::date_range_query({std::nullopt, DateTime{1987, 4, 30}}, earliest, latest)) ==
          std::vector<std::string>{"Y1987"});
    CHECK(terms_of(morgue::date_range_query({DateTime{1987, 3, 31}, DateTime{1987, 4, 29}}, earliest, latest)).front() ==
          "D19870331");
}

TEST_CASE("date_filter: reversed or out-of-range ranges match nothing") {
    const auto nothing = Xapian::Query::MatchNothing.get_description();
    CHECK(
        morgue::date_range_query({DateTime{1987, 3, 2}, DateTime{1987, 3, 1}}, kEarliest, kLatest).get_description() ==
        nothing);
    CHECK(morgue::date_range_query({DateTime{1990, 1, 1}, std::nullopt}, kEarliest, kLatest).get_description() ==
          nothing);
    CHECK(morgue::date_range_query({std::nullopt, DateTime{1986, 6, 14}}, kEarliest, kLatest).get_description() ==
          nothing);
    CHECK(morgue::date_range_query({DateTime{1980, 1, 1}, DateTime{1980, 12, 31}}, kEarliest, kLatest)
              .get_description() == nothing);
}
