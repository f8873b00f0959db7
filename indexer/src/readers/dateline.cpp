#include "readers/dateline.hpp"

#include <morgue/ascii.hpp>
#include <morgue/byline.hpp>

#include <algorithm>
#include <array>

namespace morgue::readers {
namespace {

constexpr std::size_t kMaxPrefixBytes = 80;
constexpr std::size_t kMaxPlaceWords = 4;
constexpr std::size_t kMaxDateWords = 4;    // "Ore., Nov. 18", "le 3 mars"
constexpr std::size_t kMaxAgencyWords = 3;  // "Agence France-Presse"

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

bool is_upper(char c) { return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }

// Every word starts with a capital (non-ASCII letters are given the benefit of the doubt); all_caps
// tells whether it has no lower-case ASCII letter at all.
bool is_place(std::string_view place, bool& all_caps) {
    if (place.empty() || word_count(place) > kMaxPlaceWords) return false;
    all_caps = true;
    bool word_start = true;
    for (char c : place) {
        if (word_start && !is_upper(c)) return false;
        word_start = c == ' ' || c == '-';
        if (c >= 'a' && c <= 'z')
            all_caps = false;
        else if (!is_upper(c) && c != ' ' && c != '.' && c != '-' && c != '\'')
            return false;
    }
    return true;
}

// "Xinhua", "AP", and lower-case agency abbreviations such as "dpa"; not "the chairman".
bool is_agency(std::string_view agency) {
    if (agency.empty() || word_count(agency) > kMaxAgencyWords) return false;
    const bool lower_abbreviation = agency.size() <= 4 && std::all_of(agency.begin(), agency.end(), [](char c) {
                                        return c >= 'a' && c <= 'z';
                                    });
    return is_upper(agency[0]) || lower_abbreviation;
}

}  // namespace

std::string agency_name(std::string_view parenthesised) {
    const std::string bare(trim(parenthesised, " ()"));
    const std::string known = parse_byline("(" + bare + ")").source;
    return known.empty() || ascii_lower(known) == ascii_lower(bare) ? bare : known;
}

std::optional<Dateline> find_dateline(std::string_view paragraph) {
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
    const std::string_view place = trim(prefix.substr(0, place_end));
    bool all_caps = true;
    if (!is_place(place, all_caps)) return std::nullopt;

    // What may follow the place: ", March 26", "(Xinhua)", ", March 26 (Xinhua)". A mixed-case place
    // needs a date or an agency.
    std::string_view rest = prefix.substr(place_end);
    std::string_view agency;
    if (const auto open = rest.find('('); open != std::string_view::npos) {
        agency = trim(rest.substr(open), " ()");
        if (!rest.ends_with(')') || !is_agency(agency)) return std::nullopt;
        rest = rest.substr(0, open);
    }
    const std::string_view when = trim(rest, " ,");
    const bool has_digit = std::any_of(when.begin(), when.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (word_count(when) > kMaxDateWords) return std::nullopt;
    if (!all_caps && !has_digit && agency.empty()) return std::nullopt;

    Dateline dateline;
    dateline.place = place;  // "RENNES, France, March 3" → "RENNES": the region is not part of the place
    if (!agency.empty()) dateline.agency = agency_name(agency);
    dateline.text_start = dash + dash_size;
    while (dateline.text_start < paragraph.size() && paragraph[dateline.text_start] == ' ') ++dateline.text_start;
    if (dateline.place.empty() || dateline.text_start >= paragraph.size()) return std::nullopt;
    return dateline;
}

}  // namespace morgue::readers
