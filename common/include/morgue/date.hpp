#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace morgue {

// A calendar date with an optional time of day, always in UTC.
struct DateTime {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool has_time = false;

    bool operator==(const DateTime&) const = default;
    auto operator<=>(const DateTime&) const = default;

    // "2010-03-26" or "2010-03-26T07:43:00Z" when has_time.
    std::string to_iso() const;
    // Compact sortable day key "20100326", used for index terms.
    std::string day_key() const;
    // Seconds since 1970-01-01T00:00:00Z (midnight when !has_time); negative before 1970.
    std::int64_t epoch_seconds() const;
    static DateTime from_epoch_seconds(std::int64_t seconds, bool has_time);
};

// Inclusive range of whole days, as a query or --from/--to asks for.
struct DateRange {
    std::optional<DateTime> first;  // nullopt = open start
    std::optional<DateTime> last;   // nullopt = open end
};

// True for a real Gregorian calendar day in years 1..9999.
bool is_valid_day(int year, int month, int day);

// Reads the date formats news archives use, returning nullopt when the text is not a date
// or names an impossible one ("31-FEB-1987"). Times with a zone ("GMT", "+0800", "Z") are
// converted to UTC; times without a zone are taken as UTC. Accepted, among others:
//   2010-03-26, 2010-03-26 07:43, 2010-03-26T07:43:00Z, 2010/03/26, 26-FEB-1987 15:01:01.79,
//   March 26, 2010, Mar 26 2010, 26 March 2010, 26 Mar 2010 07:43 GMT,
//   Fri, 26 Mar 2010 07:43:00 +0800 (RFC 2822).
std::optional<DateTime> parse_date(std::string_view text);

// Reads the Date header of a mail or Usenet message: RFC 822/2822 and what old mail and news
// software wrote. Two-digit years are read as RFC 2822 says (00-49 = 20xx, 50-99 = 19xx), so
// "Mon, 05 Apr 93 10:00:00 GMT" is 1993; three-digit years are 1900 + the number. A zone in
// letters that is not known is taken as UTC (RFC 2822: "-0000"), a (comment) is ignored, and
// the asctime form of mbox "From " lines ("Mon Apr  5 10:00:00 1993") is read too. Anything else
// is tried with parse_date. nullopt when the text is not a date.
std::optional<DateTime> parse_mail_date(std::string_view text);

// Parses a query date of day, month or year precision: "2010-03-26", "2010-03", "1987".
// Returns the inclusive day range it covers, or nullopt if malformed or impossible ("2010-13-45").
std::optional<DateRange> parse_query_date(std::string_view text);

}  // namespace morgue
