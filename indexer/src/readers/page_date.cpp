#include "readers/page_date.hpp"

#include <array>
#include <string>
#include <utility>

namespace morgue::readers {
namespace {

constexpr std::size_t kMaxDateWords = 8;

std::string trim(std::string_view text, std::string_view junk) {
    const auto first = text.find_first_not_of(junk);
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(junk) - first + 1));
}

bool is_word_byte(char c) { return c != ' ' && c != ',' && c != '.'; }

// Lower-cases ASCII and the few non-ASCII capitals of French and German month names.
std::string lower_word(std::string_view word) {
    std::string out;
    for (char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (out.starts_with("\xC3\x84")) out.replace(0, 2, "\xC3\xA4");  // Ä
    return out;
}

// French and German month names that parse_date() (English only) does not know, as English.
std::string_view english_month(std::string_view lower) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kMonths = {{
        {"janvier", "January"}, {"f\xC3\xA9vrier", "February"}, {"fevrier", "February"}, {"mars", "March"},
        {"avril", "April"}, {"mai", "May"}, {"juin", "June"}, {"juillet", "July"}, {"ao\xC3\xBBt", "August"},
        {"aout", "August"}, {"septembre", "September"}, {"octobre", "October"}, {"novembre", "November"},
        {"d\xC3\xA9""cembre", "December"}, {"januar", "January"}, {"j\xC3\xA4nner", "January"}, {"februar", "February"},
        {"m\xC3\xA4rz", "March"}, {"maerz", "March"}, {"juni", "June"}, {"juli", "July"}, {"oktober", "October"}}};
    for (const auto& [name, english] : kMonths) {
        if (lower == name) return english;
    }
    if (lower == "dezember") return "December";
    return {};
}

// "3 mars 2021" -> "3 March 2021", "14. Juli 2021" -> "14 July 2021", "le 3 mars" -> "3 March",
// "Oct. 3, 2015 at 4:12 PM" -> "Oct. 3, 2015 4:12 PM": the words between a day and its time go.
std::string with_english_months(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_word_byte(text[i])) {
            out += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word_byte(text[end])) ++end;
        const std::string_view word = text.substr(i, end - i);
        const std::string lower = lower_word(word);
        if (const std::string_view english = english_month(lower); !english.empty()) {
            // "14. Juli": the German ordinal dot before a month name.
            if (out.size() >= 2 && out.ends_with(". ") && out[out.size() - 3] >= '0' && out[out.size() - 3] <= '9')
                out.erase(out.size() - 2, 1);
            out += english;
        } else if (lower != "le" && lower != "am" && lower != "den" && lower != "at" && lower != "\xC3\xA0" &&
                   lower != "um") {  // "le 3 mars", "am 14. Juli", "Oct. 3, 2015 at 4:12 PM", "à 14:05"
            out += word;
        }
        i = end;
    }
    return out;
}

std::optional<DateTime> parse_one(std::string_view text) {
    std::string candidate = trim(text, " ,.");
    if (auto date = parse_date(candidate)) return date;
    if (const auto open = candidate.rfind(" ("); open != std::string::npos && candidate.ends_with(')')) {
        candidate = trim(candidate.substr(0, open), " ");
        if (auto date = parse_date(candidate)) return date;
    }
    if (const auto comma = candidate.find(", "); comma != std::string::npos && comma <= 9) {
        return parse_date(candidate.substr(comma + 2));  // "Friday, March 26, 2010"
    }
    return std::nullopt;
}

}  // namespace

std::optional<DateTime> parse_page_date(std::string_view text, bool allow_trailing_words) {
    if (text.size() > 200) return std::nullopt;  // no date is that long; keeps the retries below cheap
    const std::string english = with_english_months(text);
    if (auto date = parse_one(english)) return date;
    if (!allow_trailing_words) return std::nullopt;
    // Drop trailing words one by one: "Jan 5, 2023 at 3:04 AM", "3 March 2021 à 14h05".
    std::string_view rest = english;
    for (std::size_t words = 0; words < kMaxDateWords; ++words) {
        const auto space = rest.find_last_of(' ');
        if (space == std::string_view::npos) break;
        rest = rest.substr(0, space);
        if (rest.find(' ') == std::string_view::npos) break;  // one word is never a date here
        if (auto date = parse_one(rest)) return date;
    }
    return std::nullopt;
}

std::size_t date_prefix_bytes(std::string_view text) {
    std::size_t best = 0;
    std::size_t end = 0;
    for (std::size_t words = 0; words < kMaxDateWords && end < text.size(); ++words) {
        end = text.find(' ', end + 1);
        if (end == std::string_view::npos) end = text.size();
        if (parse_one(with_english_months(text.substr(0, end)))) best = end;
    }
    return best;
}

}  // namespace morgue::readers
