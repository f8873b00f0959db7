#include <morgue/date.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace morgue {
namespace {

std::string mail_date(std::string_view text) {
    const std::optional<DateTime> date = parse_mail_date(text);
    return date ? date->to_iso() : "none";
}

}  // namespace

TEST_CASE("mail date: two- and three-digit years as RFC 2822 reads them") {
    CHECK(mail_date("Mon, 05 Apr 93 10:00:00 GMT") == "1993-04-05T10:00:00Z");
    CHECK(mail_date("5 Apr 93 10:00:00 GMT") == "1993-04-05T10:00:00Z");
    CHECK(mail_date("Tue, 3 Jan 50 00:00:00 GMT") == "1950-01-03T00:00:00Z");
    CHECK(mail_date("Fri, 7 Jan 49 12:00:00 GMT") == "2049-01-07T12:00:00Z");
    CHECK(mail_date("Sat, 1 Jan 00 08:00 GMT") == "2000-01-01T08:00:00Z");
    CHECK(mail_date("Mon, 5 Apr 103 10:00:00 GMT") == "2003-04-05T10:00:00Z");  // obs-year: 1900 + 103
    CHECK(mail_date("05-Apr-93 10:00:00 GMT") == "1993-04-05T10:00:00Z");
}

TEST_CASE("mail date: zones convert to UTC; comments and unknown zone names do not stop it") {
    CHECK(mail_date("Mon, 5 Apr 2010 10:00:00 +0200") == "2010-04-05T08:00:00Z");
    CHECK(mail_date("Mon, 5 Apr 2010 10:00:00 +0200 (Central European Summer Time)") == "2010-04-05T08:00:00Z");
    CHECK(mail_date("Mon, 5 Apr 93 23:30:00 -0400 (EDT)") == "1993-04-06T03:30:00Z");
    CHECK(mail_date("5 Apr 93 10:00:00 EST") == "1993-04-05T15:00:00Z");
    CHECK(mail_date("Mon, 5 Apr 93 10:00:00 MET") == "1993-04-05T10:00:00Z");  // unknown letters: UTC
    CHECK(mail_date("Mon, 5 Apr 93 10:00:00") == "1993-04-05T10:00:00Z");
    CHECK(mail_date("Mon, 5 Apr 1993") == "1993-04-05");
}

TEST_CASE("mail date: asctime as mbox From lines write it, and parse_date's forms") {
    CHECK(mail_date("Mon Apr  5 10:00:00 1993") == "1993-04-05T10:00:00Z");
    CHECK(mail_date("Mon Apr  5 10:00:00 GMT 1993") == "1993-04-05T10:00:00Z");
    CHECK(mail_date("2010-04-05T10:00:00Z") == "2010-04-05T10:00:00Z");
    CHECK(mail_date("April 5, 2010") == "2010-04-05");
}

TEST_CASE("mail date: not dates and impossible dates") {
    CHECK(mail_date("") == "none");
    CHECK(mail_date("yesterday") == "none");
    CHECK(mail_date("Mon, 31 Feb 93 10:00:00 GMT") == "none");
    CHECK(mail_date("Mon, 5 Apr 93 25:00:00 GMT") == "none");
    CHECK(mail_date("Mon, 5 Foo 93 10:00:00 GMT") == "none");
    CHECK(mail_date("Mon, 5 Apr 93 10:00:00 GMT and then some words") == "none");
    CHECK(mail_date("5 Apr 9 10:00:00 GMT") == "none");  // a one-digit year is not a year
}

TEST_CASE("mail date: parse_date itself keeps refusing two-digit years") {
    CHECK_FALSE(parse_date("Mon, 05 Apr 93 10:00:00 GMT").has_value());
}

}  // namespace morgue
