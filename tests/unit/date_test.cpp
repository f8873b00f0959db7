#include <morgue/date.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

namespace morgue {
namespace {

struct ParseCase {
    std::string_view input;
    std::string_view iso;  // expected to_iso() of the result
};

void check_parses(const ParseCase& test) {
    CAPTURE(test.input);
    const std::optional<DateTime> date = parse_date(test.input);
    REQUIRE(date.has_value());
    CHECK(date->to_iso() == test.iso);
}

}  // namespace

TEST_CASE("date: parse_date reads numeric ISO-style dates") {
    constexpr std::array<ParseCase, 14> kCases{{
        {"2010-03-26", "2010-03-26"},
        {"2010-03-26 07:43", "2010-03-26T07:43:00Z"},
        {"2010-03-26 07:43:05", "2010-03-26T07:43:05Z"},
        {"2010-03-26T07:43:00Z", "2010-03-26T07:43:00Z"},
        {"2010-03-26t07:43:00z", "2010-03-26T07:43:00Z"},
        {"2010-03-26T07:43:00+08:00", "2010-03-25T23:43:00Z"},
        {"2010-03-26T07:43:00-05:00", "2010-03-26T12:43:00Z"},
        {"2010/03/26", "2010-03-26"},
        {"2010/03/26 07:43", "2010-03-26T07:43:00Z"},
        {"2010.03.26", "2010-03-26"},
        {"2010-3-5", "2010-03-05"},
        {"26.03.2010", "2010-03-26"},
        {"20100326", "2010-03-26"},
        {"20100326T074305", "2010-03-26T07:43:05Z"},
    }};
    for (const ParseCase& test : kCases) check_parses(test);
}

TEST_CASE("date: parse_date reads Reuters, RFC 2822 and written-out dates") {
    constexpr std::array<ParseCase, 20> kCases{{
        {"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"},
        {"  26-FEB-1987 15:01:01.79  ", "1987-02-26T15:01:01Z"},
        {"26-Feb-1987", "1987-02-26"},
        {"March 26, 2010", "2010-03-26"},
        {"MARCH 26, 2010", "2010-03-26"},
        {"Mar 26, 2010", "2010-03-26"},
        {"Mar. 26, 2010", "2010-03-26"},
        {"Mar 26 2010", "2010-03-26"},
        {"Sept. 3, 2009", "2009-09-03"},
        {"March 26th, 2010", "2010-03-26"},
        {"26 March 2010", "2010-03-26"},
        {"1st May 2010", "2010-05-01"},
        {"26 Mar 2010 07:43 GMT", "2010-03-26T07:43:00Z"},
        {"Fri, 26 Mar 2010 07:43:00 +0800", "2010-03-25T23:43:00Z"},
        {"Fri, 26 Mar 2010 07:43:00 +0800 (CST)", "2010-03-25T23:43:00Z"},
        {"Friday, March 26, 2010", "2010-03-26"},
        {"\tFriday March 26, 2010\n", "2010-03-26"},
        {"March 26, 2010 7:43 PM", "2010-03-26T19:43:00Z"},
        {"March 26, 2010, 7:43 p.m.", "2010-03-26T19:43:00Z"},
        {"March 26, 2010 at 9:05 am", "2010-03-26T09:05:00Z"},
    }};
    for (const ParseCase& test : kCases) check_parses(test);
}

TEST_CASE("date: parse_date reads 12-hour clock edge cases") {
    constexpr std::array<ParseCase, 4> kCases{{
        {"Mar 26, 2010 12:00 AM", "2010-03-26T00:00:00Z"},
        {"Mar 26, 2010 12:30 PM", "2010-03-26T12:30:00Z"},
        {"Mar 26, 2010 12:59:59 am", "2010-03-26T00:59:59Z"},
        {"Mar 26, 2010 1:00 A.M.", "2010-03-26T01:00:00Z"},
    }};
    for (const ParseCase& test : kCases) check_parses(test);
    for (const std::string_view bad : {"Mar 26, 2010 0:30 AM", "Mar 26, 2010 13:00 PM"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_date(bad).has_value());
    }
}

TEST_CASE("date: parse_date converts zone names and offsets to UTC") {
    constexpr std::array<ParseCase, 18> kCases{{
        {"2010-03-26 07:43 UTC", "2010-03-26T07:43:00Z"},
        {"2010-03-26 07:43 Z", "2010-03-26T07:43:00Z"},
        {"2010-03-26 07:43 EST", "2010-03-26T12:43:00Z"},
        {"2010-03-26 07:43 EDT", "2010-03-26T11:43:00Z"},
        {"2010-03-26 07:43 CST", "2010-03-26T13:43:00Z"},
        {"2010-03-26 07:43 cdt", "2010-03-26T12:43:00Z"},
        {"2010-03-26 07:43 PST", "2010-03-26T15:43:00Z"},
        {"2010-03-26 07:43 PDT", "2010-03-26T14:43:00Z"},
        {"2010-03-26 07:43 CET", "2010-03-26T06:43:00Z"},
        {"2010-03-26 07:43 CEST", "2010-03-26T05:43:00Z"},
        {"2010-03-26 07:43 BST", "2010-03-26T06:43:00Z"},
        {"2010-03-26 07:43 JST", "2010-03-25T22:43:00Z"},
        {"2010-03-26 07:43 UTC+8", "2010-03-25T23:43:00Z"},
        {"2010-03-26 07:43 +05:30", "2010-03-26T02:13:00Z"},
        // Across midnight, month, year and into a leap day.
        {"2010-03-26 22:30 -0500", "2010-03-27T03:30:00Z"},
        {"2010-03-31 20:00 PDT", "2010-04-01T03:00:00Z"},
        {"Fri, 01 Jan 2010 01:00:00 +0200", "2009-12-31T23:00:00Z"},
        {"2000-03-01T00:30:00+01:00", "2000-02-29T23:30:00Z"},
    }};
    for (const ParseCase& test : kCases) check_parses(test);
}

TEST_CASE("date: parse_date takes a zone only after a time") {
    CHECK(parse_date("26 Mar 2010 07:43 +0800").has_value());
    CHECK_FALSE(parse_date("26 Mar 2010 +0800").has_value());
    CHECK_FALSE(parse_date("26 Mar 2010 GMT").has_value());
    CHECK_FALSE(parse_date("2010-03-26-01").has_value());
}

TEST_CASE("date: parse_date rejects non-dates and impossible dates") {
    constexpr std::array<std::string_view, 28> kBad{
        "31-FEB-1987",
        "0000-00-00",
        "2010-13-45",
        "",
        "   ",
        "hello",
        "2010-02-30",
        "2010-04-31",
        "1900-02-29",
        "2010-03-26 24:00",
        "2010-03-26 07:61",
        "2010-03-26 07:43:60",
        "2010-03-26 7",
        "2010-03-26T",
        "2010-03-26 at",
        "2010-03-26 07:43 XYZ",
        "2010-03-26 07:43 +2500",
        "2010-03-26 garbage",
        "2010-03/26",
        "10-03-26",
        "March 2010",
        "Marchy 26, 2010",
        "32 Mar 2010",
        "26 Mar 10",
        "Mar 26, 2010,",
        "0001-01-01 00:30 +0100",  // before year 1 in UTC
        "9999-12-31 23:30 -0100",  // after year 9999 in UTC
        "2010-03-26 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30",
    };
    for (const std::string_view bad : kBad) {
        CAPTURE(bad);
        CHECK_FALSE(parse_date(bad).has_value());
    }
}

TEST_CASE("date: parse_date accepts the extremes of years 1..9999") {
    constexpr std::array<ParseCase, 4> kCases{{
        {"9999-12-31", "9999-12-31"},
        {"0001-01-01", "0001-01-01"},
        {"9999-12-31 23:59:59", "9999-12-31T23:59:59Z"},
        {"0001-01-01 00:30 -0100", "0001-01-01T01:30:00Z"},
    }};
    for (const ParseCase& test : kCases) check_parses(test);
}

TEST_CASE("date: parse_date fills every field") {
    const std::optional<DateTime> date = parse_date("26-FEB-1987 15:01:01.79");
    REQUIRE(date.has_value());
    CHECK(*date == DateTime{1987, 2, 26, 15, 1, 1, true});
    const std::optional<DateTime> day_only = parse_date("26-FEB-1987");
    REQUIRE(day_only.has_value());
    CHECK(*day_only == DateTime{1987, 2, 26, 0, 0, 0, false});
}

TEST_CASE("date: is_valid_day knows the Gregorian calendar") {
    struct DayCase {
        int year;
        int month;
        int day;
        bool valid;
    };
    constexpr std::array<DayCase, 16> kCases{{
        {2000, 2, 29, true},  {1900, 2, 29, false}, {2004, 2, 29, true},  {2010, 2, 29, false},
        {2100, 2, 29, false}, {2400, 2, 29, true},  {2010, 2, 28, true},  {2010, 4, 31, false},
        {2010, 12, 31, true}, {2010, 13, 1, false}, {2010, 0, 1, false},  {2010, 1, 0, false},
        {1, 1, 1, true},      {0, 12, 31, false},   {9999, 12, 31, true}, {10000, 1, 1, false},
    }};
    for (const DayCase& test : kCases) {
        CAPTURE(test.year);
        CAPTURE(test.month);
        CAPTURE(test.day);
        CHECK(is_valid_day(test.year, test.month, test.day) == test.valid);
    }
}

TEST_CASE("date: to_iso and day_key format exactly") {
    CHECK(DateTime{2010, 3, 26}.to_iso() == "2010-03-26");
    CHECK(DateTime{2010, 3, 26, 7, 43, 0, true}.to_iso() == "2010-03-26T07:43:00Z");
    CHECK(DateTime{2010, 3, 26, 7, 43, 0, false}.to_iso() == "2010-03-26");
    CHECK(DateTime{1, 1, 1, 0, 0, 0, true}.to_iso() == "0001-01-01T00:00:00Z");
    CHECK(DateTime{2010, 3, 26}.day_key() == "20100326");
    CHECK(DateTime{987, 1, 5, 23, 59, 59, true}.day_key() == "09870105");
}

TEST_CASE("date: epoch_seconds has known values") {
    CHECK(DateTime{1970, 1, 1}.epoch_seconds() == 0);
    CHECK(DateTime{1970, 1, 2}.epoch_seconds() == 86400);
    CHECK(DateTime{1969, 12, 31, 23, 59, 59, true}.epoch_seconds() == -1);
    CHECK(DateTime{1987, 2, 26, 15, 1, 1, true}.epoch_seconds() == 541350061);
    CHECK(DateTime{2010, 3, 26, 7, 43, 0, true}.epoch_seconds() == 1269589380);
    CHECK(DateTime{2000, 3, 1}.epoch_seconds() == 951868800);
    CHECK(DateTime{1, 1, 1}.epoch_seconds() == -62135596800);
    CHECK(DateTime{9999, 12, 31, 23, 59, 59, true}.epoch_seconds() == 253402300799);
    // Without has_time the time fields are ignored: the day starts at midnight.
    CHECK(DateTime{2010, 3, 26, 7, 43, 0, false}.epoch_seconds() == 1269561600);
}

TEST_CASE("date: epoch seconds round-trip") {
    constexpr std::array<DateTime, 10> kDates{{
        {1987, 2, 26, 15, 1, 1, true},
        {1987, 2, 26, 0, 0, 0, false},
        {1, 1, 1, 0, 0, 0, false},
        {1, 1, 1, 0, 0, 1, true},
        {9999, 12, 31, 0, 0, 0, false},
        {9999, 12, 31, 23, 59, 59, true},
        {1969, 12, 31, 23, 59, 59, true},
        {1970, 1, 1, 0, 0, 0, true},
        {2000, 2, 29, 12, 0, 0, true},
        {1600, 2, 29, 0, 0, 0, false},
    }};
    for (const DateTime& date : kDates) {
        CAPTURE(date.to_iso());
        CHECK(DateTime::from_epoch_seconds(date.epoch_seconds(), date.has_time) == date);
    }
}

TEST_CASE("date: from_epoch_seconds floors negative times and drops the time when asked") {
    CHECK(DateTime::from_epoch_seconds(-1, true) == DateTime{1969, 12, 31, 23, 59, 59, true});
    CHECK(DateTime::from_epoch_seconds(-86400, true) == DateTime{1969, 12, 31, 0, 0, 0, true});
    CHECK(DateTime::from_epoch_seconds(541350061, false) == DateTime{1987, 2, 26, 0, 0, 0, false});
    CHECK(DateTime::from_epoch_seconds(-62135596800 + 59, true) == DateTime{1, 1, 1, 0, 0, 59, true});
}

TEST_CASE("date: comparison operators order by time") {
    const DateTime earlier{2010, 3, 26, 7, 43, 0, true};
    const DateTime later{2010, 3, 26, 7, 43, 1, true};
    CHECK(earlier < later);
    CHECK(later > earlier);
    CHECK(earlier <= earlier);
    CHECK(earlier != later);
    CHECK(earlier == DateTime{2010, 3, 26, 7, 43, 0, true});
    CHECK(DateTime{1987, 12, 31} < DateTime{2010, 1, 1});
    CHECK(DateTime{2010, 2, 28} < DateTime{2010, 3, 1});
    CHECK(DateTime{2010, 3, 1} < DateTime{2010, 3, 2});
    CHECK(DateTime{2010, 3, 26} < DateTime{2010, 3, 26, 0, 0, 0, true});
}

TEST_CASE("date: parse_query_date covers a day, a month or a year") {
    struct QueryCase {
        std::string_view input;
        std::string_view first;
        std::string_view last;
    };
    constexpr std::array<QueryCase, 12> kCases{{
        {"2010-03-26", "2010-03-26", "2010-03-26"},
        {"2010-3-5", "2010-03-05", "2010-03-05"},
        {"2010-03", "2010-03-01", "2010-03-31"},
        {"2010-3", "2010-03-01", "2010-03-31"},
        {"2010/04", "2010-04-01", "2010-04-30"},
        {"2000-02", "2000-02-01", "2000-02-29"},
        {"1900-02", "1900-02-01", "1900-02-28"},
        {"1987", "1987-01-01", "1987-12-31"},
        {" 1987 ", "1987-01-01", "1987-12-31"},
        {"March 2010", "2010-03-01", "2010-03-31"},
        {"Feb 1987", "1987-02-01", "1987-02-28"},
        {"March 26, 2010", "2010-03-26", "2010-03-26"},
    }};
    for (const QueryCase& test : kCases) {
        CAPTURE(test.input);
        const std::optional<DateRange> range = parse_query_date(test.input);
        REQUIRE(range.has_value());
        REQUIRE(range->first.has_value());
        REQUIRE(range->last.has_value());
        CHECK(range->first->to_iso() == test.first);
        CHECK(range->last->to_iso() == test.last);
        CHECK_FALSE(range->first->has_time);
        CHECK_FALSE(range->last->has_time);
    }
}

TEST_CASE("date: parse_query_date drops the time of a full timestamp") {
    const std::optional<DateRange> range = parse_query_date("2010-03-26T22:30:00-05:00");
    REQUIRE(range.has_value());
    REQUIRE(range->first.has_value());
    CHECK(*range->first == DateTime{2010, 3, 27});
    CHECK(*range->last == DateTime{2010, 3, 27});
}

TEST_CASE("date: parse_query_date rejects malformed and impossible dates") {
    constexpr std::array<std::string_view, 14> kBad{
        "2010-13", "2010-00", "2010-02-30", "2010-13-45", "87", "0000", "", "hello",
        "2010-",   "2010-03-", "2010-03-26x", "1987 and more", "12345", "2010-03-26-01",
    };
    for (const std::string_view bad : kBad) {
        CAPTURE(bad);
        CHECK_FALSE(parse_query_date(bad).has_value());
    }
}

}  // namespace morgue
