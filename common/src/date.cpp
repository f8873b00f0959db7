#include <morgue/date.hpp>

#include <morgue/ascii.hpp>

#include <array>
#include <cstdio>

namespace morgue {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[static_cast<std::size_t>(month - 1)];
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
std::int64_t days_from_civil(std::int64_t year, std::int64_t month, std::int64_t day) {
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t year_of_era = year - era * 400;
    const std::int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const std::int64_t day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

// The inverse of days_from_civil; fills year, month and day of `out`.
void civil_from_days(std::int64_t days, DateTime& out) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t day_of_era = days - era * 146097;
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;  // March = 0
    const std::int64_t month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    out.year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
    out.month = static_cast<int>(month);
    out.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
}

// ---- Tokenizer: the date text as numbers, words and punctuation; whitespace only separates. ----

enum class TokenKind { Number, Word, Punct };

struct Token {
    TokenKind kind = TokenKind::Punct;
    std::string_view text;
    int value = 0;   // Number only; 0 when it has more than kMaxNumberDigits digits
    int digits = 0;  // Number only
};

constexpr int kMaxNumberDigits = 9;  // fits an int
constexpr std::size_t kMaxTokens = 32;

// Fixed capacity: parse_date runs once per article, so tokenizing must not allocate.
struct Tokens {
    std::array<Token, kMaxTokens> items{};
    std::size_t size = 0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

Token number_token(std::string_view text) {
    Token token{TokenKind::Number, text, 0, static_cast<int>(text.size())};
    if (token.digits <= kMaxNumberDigits) {
        for (const char c : text) token.value = token.value * 10 + (c - '0');
    }
    return token;
}

// Returns nullopt when the text has more tokens than any date could.
std::optional<Tokens> tokenize(std::string_view text) {
    Tokens tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        if (is_space(text[i])) {
            ++i;
            continue;
        }
        if (tokens.size == kMaxTokens) return std::nullopt;
        std::size_t end = i + 1;
        Token& token = tokens.items[tokens.size++];
        if (is_digit(text[i])) {
            while (end < text.size() && is_digit(text[end])) ++end;
            token = number_token(text.substr(i, end - i));
        } else if (is_alpha(text[i])) {
            while (end < text.size() && is_alpha(text[end])) ++end;
            token = Token{TokenKind::Word, text.substr(i, end - i)};
        } else {
            token = Token{TokenKind::Punct, text.substr(i, 1)};
        }
        i = end;
    }
    return tokens;
}

bool equals_ignoring_case(std::string_view word, std::string_view lower) {
    if (word.size() != lower.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (ascii_lower(word[i]) != lower[i]) return false;
    }
    return true;
}

// "Sep", "Sept" and "September" all name September: any prefix of 3+ letters counts.
bool abbreviates(std::string_view word, std::string_view full_lower) {
    return word.size() >= 3 && word.size() <= full_lower.size() &&
           equals_ignoring_case(word, full_lower.substr(0, word.size()));
}

// Index (0-based) of the name that `word` abbreviates, or -1.
template <std::size_t N>
int name_index(std::string_view word, const std::array<std::string_view, N>& names) {
    for (std::size_t i = 0; i < N; ++i) {
        if (abbreviates(word, names[i])) return static_cast<int>(i);
    }
    return -1;
}

constexpr std::array<std::string_view, 12> kMonthNames{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdayNames{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

struct ZoneName {
    std::string_view name;
    int offset_minutes;  // east of UTC
};

// Only unambiguous-enough abbreviations; CST is read as US Central, as US wire services use it.
constexpr std::array<ZoneName, 17> kZoneNames{{
    {"z", 0},      {"ut", 0},      {"utc", 0},    {"gmt", 0},    {"est", -300}, {"edt", -240},
    {"cst", -360}, {"cdt", -300},  {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
    {"cet", 60},   {"cest", 120},  {"bst", 60},   {"jst", 540},  {"wet", 0},
}};

// ---- Cursor over the tokens: each accept_* consumes the next token only when it matches. ----

class Cursor {
public:
    explicit Cursor(const Tokens& tokens) : tokens_(tokens) {}

    bool at_end() const { return position_ == tokens_.size; }
    std::size_t position() const { return position_; }
    void rewind(std::size_t position) { position_ = position; }

    const Token* peek() const { return at_end() ? nullptr : &tokens_.items[position_]; }

    bool accept_punct(char c) {
        const Token* token = peek();
        if (token == nullptr || token->kind != TokenKind::Punct || token->text[0] != c) return false;
        ++position_;
        return true;
    }

    // Accepts one of `chars` and returns it, or '\0'.
    char accept_punct_of(std::string_view chars) {
        for (const char c : chars) {
            if (accept_punct(c)) return c;
        }
        return '\0';
    }

    bool accept_word(std::string_view lower) {
        const Token* token = peek();
        if (token == nullptr || token->kind != TokenKind::Word || !equals_ignoring_case(token->text, lower)) {
            return false;
        }
        ++position_;
        return true;
    }

    std::optional<std::string_view> accept_any_word() {
        const Token* token = peek();
        if (token == nullptr || token->kind != TokenKind::Word) return std::nullopt;
        ++position_;
        return token->text;
    }

    // A number written with min_digits..max_digits digits.
    std::optional<int> accept_number(int min_digits, int max_digits) {
        const Token* token = peek();
        if (token == nullptr || token->kind != TokenKind::Number || token->digits < min_digits ||
            token->digits > max_digits) {
            return std::nullopt;
        }
        ++position_;
        return token->value;
    }

private:
    const Tokens& tokens_;
    std::size_t position_ = 0;
};

// Runs one pattern; on failure puts the cursor back where it was.
template <typename Pattern>
auto attempt(Cursor& cursor, Pattern pattern) -> decltype(pattern(cursor)) {
    const std::size_t start = cursor.position();
    auto result = pattern(cursor);
    if (!result) cursor.rewind(start);
    return result;
}

// ---- Date patterns ----

struct Ymd {
    int year = 0;
    int month = 0;
    int day = 0;
};

std::optional<int> accept_month_name(Cursor& cursor) {
    const std::optional<std::string_view> word = cursor.accept_any_word();
    if (!word) return std::nullopt;
    const int index = name_index(*word, kMonthNames);
    if (index < 0) return std::nullopt;
    cursor.accept_punct('.');  // "Mar."
    return index + 1;
}

// "1st", "2nd", "26th"
void skip_ordinal_suffix(Cursor& cursor) {
    for (const std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (cursor.accept_word(suffix)) return;
    }
}

// 2010-03-26, 2010/03/26, 2010.03.26, 2010-3-5
std::optional<Ymd> numeric_ymd(Cursor& cursor) {
    const std::optional<int> year = cursor.accept_number(4, 4);
    if (!year) return std::nullopt;
    const char separator = cursor.accept_punct_of("-/.");
    if (separator == '\0') return std::nullopt;
    const std::optional<int> month = cursor.accept_number(1, 2);
    if (!month || !cursor.accept_punct(separator)) return std::nullopt;
    const std::optional<int> day = cursor.accept_number(1, 2);
    if (!day) return std::nullopt;
    return Ymd{*year, *month, *day};
}

// 20100326, as in the New York Times corpus ("20100326T074300").
std::optional<Ymd> compact_ymd(Cursor& cursor) {
    const std::optional<int> value = cursor.accept_number(8, 8);
    if (!value) return std::nullopt;
    return Ymd{*value / 10000, *value / 100 % 100, *value % 100};
}

// 26.03.2010 (European). Slashed D/M/Y and M/D/Y are ambiguous, so not accepted.
std::optional<Ymd> dotted_dmy(Cursor& cursor) {
    const std::optional<int> day = cursor.accept_number(1, 2);
    if (!day || !cursor.accept_punct('.')) return std::nullopt;
    const std::optional<int> month = cursor.accept_number(1, 2);
    if (!month || !cursor.accept_punct('.')) return std::nullopt;
    const std::optional<int> year = cursor.accept_number(4, 4);
    if (!year) return std::nullopt;
    return Ymd{*year, *month, *day};
}

// 26-FEB-1987, 26 Mar 2010, 26 March 2010, 26th March 2010, 26/Mar/2010
std::optional<Ymd> day_month_year(Cursor& cursor) {
    const std::optional<int> day = cursor.accept_number(1, 2);
    if (!day) return std::nullopt;
    skip_ordinal_suffix(cursor);
    cursor.accept_punct_of("-/");
    const std::optional<int> month = accept_month_name(cursor);
    if (!month) return std::nullopt;
    cursor.accept_punct_of("-/,");
    const std::optional<int> year = cursor.accept_number(4, 4);
    if (!year) return std::nullopt;
    return Ymd{*year, *month, *day};
}

// March 26, 2010; Mar. 26, 2010; Mar 26 2010; March 26th, 2010
std::optional<Ymd> month_day_year(Cursor& cursor) {
    const std::optional<int> month = accept_month_name(cursor);
    if (!month) return std::nullopt;
    const std::optional<int> day = cursor.accept_number(1, 2);
    if (!day) return std::nullopt;
    skip_ordinal_suffix(cursor);
    cursor.accept_punct(',');
    const std::optional<int> year = cursor.accept_number(4, 4);
    if (!year) return std::nullopt;
    return Ymd{*year, *month, *day};
}

std::optional<Ymd> accept_day(Cursor& cursor) {
    using Pattern = std::optional<Ymd> (*)(Cursor&);
    constexpr std::array<Pattern, 5> kPatterns{numeric_ymd, compact_ymd, dotted_dmy, day_month_year,
                                               month_day_year};
    for (const Pattern pattern : kPatterns) {
        if (std::optional<Ymd> ymd = attempt(cursor, pattern)) return ymd;
    }
    return std::nullopt;
}

// "Fri," "Friday" "Thu."
void skip_weekday(Cursor& cursor) {
    attempt(cursor, [](Cursor& c) {
        const std::optional<std::string_view> word = c.accept_any_word();
        if (!word || name_index(*word, kWeekdayNames) < 0) return false;
        c.accept_punct_of(",.");
        return true;
    });
}

// ---- Time of day and zone ----

struct Hms {
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// "AM", "pm", "a.m.", "P.M." -> 0 or 12 hours to add; nullopt when absent.
std::optional<int> accept_meridiem(Cursor& cursor) {
    for (const auto& [word, hours] : {std::pair{"am", 0}, std::pair{"pm", 12}}) {
        if (cursor.accept_word(word)) return hours;
    }
    return attempt(cursor, [](Cursor& c) -> std::optional<int> {
        const bool pm = c.accept_word("p");
        if (!pm && !c.accept_word("a")) return std::nullopt;
        if (!c.accept_punct('.') || !c.accept_word("m")) return std::nullopt;
        c.accept_punct('.');
        return pm ? 12 : 0;
    });
}

// 07:43, 7:43:05, 15:01:01.79 (fraction dropped), and after a 'T' also 074300 / 0743.
std::optional<Hms> clock_digits(Cursor& cursor, bool after_t) {
    if (after_t) {
        if (const std::optional<int> hhmmss = cursor.accept_number(6, 6)) {
            return Hms{*hhmmss / 10000, *hhmmss / 100 % 100, *hhmmss % 100};
        }
        if (const std::optional<int> hhmm = cursor.accept_number(4, 4)) {
            return Hms{*hhmm / 100, *hhmm % 100, 0};
        }
    }
    Hms time;
    const std::optional<int> hour = cursor.accept_number(1, 2);
    if (!hour || !cursor.accept_punct(':')) return std::nullopt;
    const std::optional<int> minute = cursor.accept_number(2, 2);
    if (!minute) return std::nullopt;
    time.hour = *hour;
    time.minute = *minute;
    if (cursor.accept_punct(':')) {
        const std::optional<int> second = cursor.accept_number(2, 2);
        if (!second) return std::nullopt;
        time.second = *second;
        if (cursor.accept_punct('.') && !cursor.accept_number(1, 64)) return std::nullopt;
    }
    return time;
}

std::optional<Hms> accept_time(Cursor& cursor, bool after_t) {
    std::optional<Hms> time = clock_digits(cursor, after_t);
    if (!time) return std::nullopt;
    if (const std::optional<int> meridiem = accept_meridiem(cursor)) {
        if (time->hour < 1 || time->hour > 12) return std::nullopt;
        time->hour = time->hour % 12 + *meridiem;
    }
    if (time->hour > 23 || time->minute > 59 || time->second > 59) return std::nullopt;
    return time;
}

// +0800, -05:00, +08, as minutes east of UTC.
std::optional<int> accept_numeric_offset(Cursor& cursor) {
    const char sign = cursor.accept_punct_of("+-");
    if (sign == '\0') return std::nullopt;
    int hours = 0;
    int minutes = 0;
    if (const std::optional<int> hhmm = cursor.accept_number(4, 4)) {
        hours = *hhmm / 100;
        minutes = *hhmm % 100;
    } else if (const std::optional<int> hh = cursor.accept_number(1, 2)) {
        hours = *hh;
        if (cursor.accept_punct(':')) {
            const std::optional<int> mm = cursor.accept_number(2, 2);
            if (!mm) return std::nullopt;
            minutes = *mm;
        }
    } else {
        return std::nullopt;
    }
    if (hours > 23 || minutes > 59) return std::nullopt;
    const int offset = hours * 60 + minutes;
    return sign == '-' ? -offset : offset;
}

std::optional<int> accept_zone_name(Cursor& cursor) {
    for (const ZoneName& zone : kZoneNames) {
        if (cursor.accept_word(zone.name)) return zone.offset_minutes;
    }
    return std::nullopt;
}

// "GMT", "+0800", "Z", "UTC+8", "+0800 (CST)": minutes east of UTC, nullopt when absent or malformed.
std::optional<int> accept_zone(Cursor& cursor) {
    const std::optional<int> named = accept_zone_name(cursor);
    const std::optional<int> numeric = attempt(cursor, accept_numeric_offset);
    if (!named && !numeric) return std::nullopt;
    // RFC 2822 mail headers often repeat the zone as a comment.
    attempt(cursor,
            [](Cursor& c) { return c.accept_punct('(') && c.accept_any_word() && c.accept_punct(')'); });
    return named.value_or(0) + numeric.value_or(0);
}

// Moves a zoned time to UTC; nullopt when that leaves years 1..9999.
std::optional<DateTime> to_utc(const DateTime& local, int offset_minutes) {
    if (offset_minutes == 0) return local;
    const DateTime utc = DateTime::from_epoch_seconds(local.epoch_seconds() - offset_minutes * 60LL, true);
    if (!is_valid_day(utc.year, utc.month, utc.day)) return std::nullopt;
    return utc;
}

// After the date: nothing, or [, | T | at] time [zone].
std::optional<DateTime> parse_time_and_zone(Cursor& cursor, DateTime date) {
    const bool after_t = cursor.accept_word("t");
    const bool separated = after_t || cursor.accept_punct(',') || cursor.accept_word("at");
    const std::optional<Hms> time = attempt(cursor, [after_t](Cursor& c) { return accept_time(c, after_t); });
    if (!time) {
        if (separated || !cursor.at_end()) return std::nullopt;
        return date;
    }
    date.hour = time->hour;
    date.minute = time->minute;
    date.second = time->second;
    date.has_time = true;
    // Only a time takes a zone: "2010-03-26-01" is not a date with offset -01.
    const std::optional<int> offset = accept_zone(cursor);
    if (!cursor.at_end()) return std::nullopt;
    return offset ? to_utc(date, *offset) : date;
}

// ---- Mail dates (RFC 822 / 2822) ----

// RFC 2822 4.3: a two-digit year is 2000 + it below 50, else 1900 + it; three digits are 1900 + it.
int full_mail_year(int year, int digits) {
    if (digits == 2) return year < 50 ? 2000 + year : 1900 + year;
    if (digits == 3) return 1900 + year;
    return year;
}

std::optional<int> accept_mail_year(Cursor& cursor) {
    const Token* token = cursor.peek();
    if (token == nullptr || token->kind != TokenKind::Number) return std::nullopt;
    const int digits = token->digits;
    const std::optional<int> year = cursor.accept_number(2, 4);
    if (!year) return std::nullopt;
    return full_mail_year(*year, digits);
}

// A zone parse_date knows, or a word of up to five letters it does not ("MET", "EET"), read as UTC.
std::optional<int> accept_mail_zone(Cursor& cursor) {
    if (const std::optional<int> known = attempt(cursor, accept_zone)) return known;
    const bool unknown = attempt(cursor, [](Cursor& c) {
        const std::optional<std::string_view> word = c.accept_any_word();
        return word && word->size() <= 5;
    });
    return unknown ? std::optional<int>(0) : std::nullopt;
}

std::optional<DateTime> mail_date_at(const Ymd& ymd, const std::optional<Hms>& time, std::optional<int> zone) {
    if (!is_valid_day(ymd.year, ymd.month, ymd.day)) return std::nullopt;
    DateTime date{ymd.year, ymd.month, ymd.day};
    if (!time) return date;
    date.hour = time->hour;
    date.minute = time->minute;
    date.second = time->second;
    date.has_time = true;
    return to_utc(date, zone.value_or(0));
}

// 5 Apr 93 10:00:00 GMT, 05-Apr-1993 10:00 +0200, 5 Apr 2010 (the time is optional).
std::optional<DateTime> rfc822_date(Cursor& cursor) {
    const std::optional<int> day = cursor.accept_number(1, 2);
    if (!day) return std::nullopt;
    cursor.accept_punct('-');
    const std::optional<int> month = accept_month_name(cursor);
    if (!month) return std::nullopt;
    cursor.accept_punct('-');
    const std::optional<int> year = accept_mail_year(cursor);
    if (!year) return std::nullopt;
    const std::optional<Hms> time = attempt(cursor, [](Cursor& c) { return accept_time(c, false); });
    const std::optional<int> zone = time ? accept_mail_zone(cursor) : std::nullopt;
    if (!cursor.at_end()) return std::nullopt;
    return mail_date_at(Ymd{*year, *month, *day}, time, zone);
}

// asctime, as mbox "From " lines and some old Date headers write it: Apr  5 10:00:00 [GMT] 1993.
std::optional<DateTime> asctime_date(Cursor& cursor) {
    const std::optional<int> month = accept_month_name(cursor);
    if (!month) return std::nullopt;
    const std::optional<int> day = cursor.accept_number(1, 2);
    if (!day) return std::nullopt;
    const std::optional<Hms> time = accept_time(cursor, false);
    if (!time) return std::nullopt;
    const std::optional<int> zone = attempt(cursor, accept_mail_zone);
    const std::optional<int> year = accept_mail_year(cursor);
    if (!year || !cursor.at_end()) return std::nullopt;
    return mail_date_at(Ymd{*year, *month, *day}, time, zone);
}

// ---- Query dates ----

DateRange whole_days(int year, int first_month, int first_day, int last_month, int last_day) {
    return DateRange{DateTime{year, first_month, first_day}, DateTime{year, last_month, last_day}};
}

// 1987, 2010-03, 2010-3, 2010/03, March 2010, Mar 2010
std::optional<DateRange> year_or_month(Cursor& cursor) {
    std::optional<int> month = attempt(cursor, accept_month_name);
    const std::optional<int> year = cursor.accept_number(4, 4);
    if (!year || *year < 1) return std::nullopt;
    if (!month && cursor.accept_punct_of("-/") != '\0') {
        month = cursor.accept_number(1, 2);
        if (!month) return std::nullopt;
    }
    if (!cursor.at_end()) return std::nullopt;
    if (!month) return whole_days(*year, 1, 1, 12, 31);
    if (*month < 1 || *month > 12) return std::nullopt;
    return whole_days(*year, *month, 1, *month, days_in_month(*year, *month));
}

}  // namespace

std::string DateTime::to_iso() const {
    std::array<char, 96> buffer{};
    if (has_time) {
        std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour,
                      minute, second);
    } else {
        std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", year, month, day);
    }
    return buffer.data();
}

std::string DateTime::day_key() const {
    std::array<char, 48> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d%02d%02d", year, month, day);
    return buffer.data();
}

std::int64_t DateTime::epoch_seconds() const {
    const std::int64_t seconds_of_day = has_time ? hour * 3600LL + minute * 60LL + second : 0;
    return days_from_civil(year, month, day) * kSecondsPerDay + seconds_of_day;
}

DateTime DateTime::from_epoch_seconds(std::int64_t seconds, bool has_time) {
    std::int64_t days = seconds / kSecondsPerDay;
    std::int64_t seconds_of_day = seconds % kSecondsPerDay;
    if (seconds_of_day < 0) {  // floor division for times before 1970
        seconds_of_day += kSecondsPerDay;
        --days;
    }
    DateTime result;
    civil_from_days(days, result);
    result.has_time = has_time;
    if (has_time) {
        result.hour = static_cast<int>(seconds_of_day / 3600);
        result.minute = static_cast<int>(seconds_of_day / 60 % 60);
        result.second = static_cast<int>(seconds_of_day % 60);
    }
    return result;
}

bool is_valid_day(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12) return false;
    return day >= 1 && day <= days_in_month(year, month);
}

std::optional<DateTime> parse_date(std::string_view text) {
    const std::optional<Tokens> tokens = tokenize(text);
    if (!tokens) return std::nullopt;
    Cursor cursor(*tokens);
    skip_weekday(cursor);
    const std::optional<Ymd> ymd = accept_day(cursor);
    if (!ymd || !is_valid_day(ymd->year, ymd->month, ymd->day)) return std::nullopt;
    return parse_time_and_zone(cursor, DateTime{ymd->year, ymd->month, ymd->day});
}

std::optional<DateTime> parse_mail_date(std::string_view text) {
    const std::string_view without_comment = text.substr(0, text.find('('));  // "+0200 (CEST)"
    const std::optional<Tokens> tokens = tokenize(without_comment);
    if (!tokens) return std::nullopt;
    using Pattern = std::optional<DateTime> (*)(Cursor&);
    for (const Pattern pattern : std::array<Pattern, 2>{rfc822_date, asctime_date}) {
        Cursor cursor(*tokens);
        skip_weekday(cursor);
        if (std::optional<DateTime> date = pattern(cursor)) return date;
    }
    return parse_date(without_comment);
}

std::optional<DateRange> parse_query_date(std::string_view text) {
    const std::optional<Tokens> tokens = tokenize(text);
    if (!tokens) return std::nullopt;
    Cursor cursor(*tokens);
    if (std::optional<DateRange> range = attempt(cursor, year_or_month)) return range;
    // Any single day parse_date understands ("2010-3-5", "March 26, 2010") covers that day.
    const std::optional<DateTime> day = parse_date(text);
    if (!day) return std::nullopt;
    const DateTime whole_day{day->year, day->month, day->day};
    return DateRange{whole_day, whole_day};
}

}  // namespace morgue
