#include "readers/html/leading_dateline.hpp"

#include "readers/sgml_text.hpp"

#include <morgue/byline.hpp>

#include <algorithm>
#include <array>

namespace morgue::readers::html {
namespace {

constexpr std::size_t kMaxPrefixBytes = 80;
constexpr std::size_t kMaxRestWords = 4;

std::string_view trim(std::string_view text, std::string_view chars = " ") {
    const auto first = text.find_first_not_of(chars);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(chars) - first + 1);
}

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        if (c != ' ' && !in_word) ++words;
        in_word = c != ' ';
    }
    return words;
}

// Every word starts with a capital (non-ASCII letters are given the benefit of the doubt); all_caps
// tells whether it has no lower-case ASCII letter at all.
bool is_place(std::string_view place, bool& all_caps) {
    if (place.empty() || word_count(place) > 4) return false;
    all_caps = true;
    bool word_start = true;
    for (char c : place) {
        const auto u = static_cast<unsigned char>(c);
        const bool upper = (c >= 'A' && c <= 'Z') || u >= 0x80;
        if (word_start && !upper) return false;
        word_start = c == ' ' || c == '-';
        if (c >= 'a' && c <= 'z')
            all_caps = false;
        else if (!upper && c != ' ' && c != '.' && c != '-' && c != '\'')
            return false;
    }
    return true;
}

}  // namespace

std::optional<LeadingDateline> leading_dateline(std::string_view paragraph) {
    static constexpr std::array<std::string_view, 5> kDashes{" -- ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
                                                             "\xE2\x80\x94"};
    std::size_t dash = std::string_view::npos;
    std::size_t dash_size = 0;
    for (std::string_view d : kDashes) {
        if (const auto at = paragraph.find(d); at < dash) {
            dash = at;
            dash_size = d.size();
        }
    }
    if (dash == std::string_view::npos || dash > kMaxPrefixBytes) return std::nullopt;
    const std::string_view prefix = paragraph.substr(0, dash);
    const std::size_t place_end = std::min(prefix.find_first_of(",("), prefix.size());
    bool all_caps = true;
    if (!is_place(trim(prefix.substr(0, place_end)), all_caps)) return std::nullopt;

    std::string_view rest = prefix.substr(place_end);
    std::string agency;
    if (const auto open = rest.find('('); open != std::string_view::npos) {
        if (!rest.ends_with(')')) return std::nullopt;
        agency = std::string(trim(rest.substr(open), " ()"));
        rest = rest.substr(0, open);
        if (agency.empty() || word_count(agency) > 3) return std::nullopt;
    }
    const std::string_view when = trim(rest, " ,");
    const bool has_digit = std::any_of(when.begin(), when.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (word_count(when) > kMaxRestWords) return std::nullopt;
    if (!all_caps && !has_digit && agency.empty()) return std::nullopt;

    LeadingDateline dateline;
    dateline.place = sgml::dateline_place(prefix);
    if (!agency.empty()) dateline.agency = parse_byline("(" + agency + ")").source;
    if (dateline.agency.empty()) dateline.agency = agency;
    dateline.text_start = dash + dash_size;
    while (dateline.text_start < paragraph.size() && paragraph[dateline.text_start] == ' ') ++dateline.text_start;
    if (dateline.place.empty() || dateline.text_start >= paragraph.size()) return std::nullopt;
    return dateline;
}

}  // namespace morgue::readers::html
