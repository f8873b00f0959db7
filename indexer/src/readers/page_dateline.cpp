#include "readers/page_dateline.hpp"

#include <algorithm>
#include <array>

namespace morgue::readers {
namespace {

constexpr std::size_t kMaxDatelinePrefixBytes = 80;

std::string trim(std::string_view text, std::string_view junk = " ") {
    const auto first = text.find_first_not_of(junk);
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(junk) - first + 1));
}

std::size_t word_count(std::string_view text) {
    return text.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
}

// "BEIJING", "NEW YORK", "Rennes": every word of a place starts with a capital letter.
bool is_place(std::string_view place, bool& all_caps) {
    if (place.empty()) return false;
    all_caps = true;
    bool word_start = true;
    for (char c : place) {
        const bool upper = (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
        if (word_start && !upper) return false;
        word_start = c == ' ';
        if (c >= 'a' && c <= 'z') all_caps = false;
        else if (!upper && c != ' ' && c != '.' && c != '-' && c != '\'') return false;
    }
    return true;
}

// What may follow the place: ", March 26", "(Xinhua)", ", March 26 (Xinhua)". An ALL-CAPS place may
// also be followed by a short region (", Calif."); a mixed-case one needs a date or an agency, so that
// "Mr. Smith, the chairman - who..." is not taken for a dateline.
bool is_dateline_rest(std::string_view rest, bool all_caps) {
    std::string agency;
    if (const auto open = rest.find('('); open != std::string_view::npos) {
        agency = trim(rest.substr(open), " ()");
        // "(Xinhua)", "(AP)", and lower-case agency abbreviations such as "(dpa)".
        const bool lower_abbreviation = agency.size() <= 4 && std::all_of(agency.begin(), agency.end(), [](char c) {
                                            return c >= 'a' && c <= 'z';
                                        });
        if (agency.empty() || !rest.ends_with(')') || !((agency[0] >= 'A' && agency[0] <= 'Z') || lower_abbreviation))
            return false;
        rest = rest.substr(0, open);
    }
    const std::string when = trim(rest, " ,");
    const bool has_digit = std::any_of(when.begin(), when.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (word_count(when) > 3 || word_count(agency) > 3) return false;
    return all_caps || has_digit || (when.empty() && !agency.empty());
}

}  // namespace

// "BEIJING - ", "WASHINGTON, March 26 (Xinhua) -- ", "LONDON — ", "Paris, May 2 (AFP) - ".
std::optional<Dateline> find_dateline(std::string_view paragraph) {
    static constexpr std::array<std::string_view, 5> kDashes = {" -- ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
                                                                "\xE2\x80\x94"};
    std::size_t dash = std::string_view::npos;
    std::size_t dash_size = 0;
    for (std::string_view d : kDashes) {
        if (const auto at = paragraph.find(d); at < dash) {
            dash = at;
            dash_size = d.size();
        }
    }
    if (dash == std::string_view::npos || dash > kMaxDatelinePrefixBytes) return std::nullopt;
    const std::string_view prefix = paragraph.substr(0, dash);
    const std::size_t place_end = std::min(prefix.find_first_of(",("), prefix.size());
    const std::string place = trim(prefix.substr(0, place_end));
    bool all_caps = true;
    if (!is_place(place, all_caps) || !is_dateline_rest(prefix.substr(place_end), all_caps)) return std::nullopt;
    Dateline dateline{place, {}, dash + dash_size};
    if (const auto open = prefix.find('('); open != std::string_view::npos) dateline.agency = trim(prefix.substr(open));
    while (dateline.text_start < paragraph.size() && paragraph[dateline.text_start] == ' ') ++dateline.text_start;
    return dateline;
}

}  // namespace morgue::readers
