#pragma once

#include <morgue/date.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace morgue::readers {

// Dates as news pages print them: every form parse_date() reads, also with a leading weekday
// ("Friday, March 26, 2010"), a trailing "(Beijing time)" or trailing words parse_date() does not know
// ("Jan 5, 2023 at 3:04 AM" gives the day) when `allow_trailing_words`, and with French or German
// month names ("3 mars 2021", "14. Juli 2021"). Trailing words are allowed after a label such as
// "Updated:", not for a bare line, which might be a sentence that starts with a date.
std::optional<DateTime> parse_page_date(std::string_view text, bool allow_trailing_words);

// How many bytes at the start of `text` are a date (the longest run of up to 8 words that
// parse_page_date() reads), 0 if it does not start with one: "21 June 2022 MANCHESTER - ..." gives 12.
std::size_t date_prefix_bytes(std::string_view text);

}  // namespace morgue::readers
