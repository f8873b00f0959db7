#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace morgue::readers {

// The dateline opening a news story's first paragraph, in HTML pages and pages saved as text alike.
struct Dateline {
    std::string place;           // "NEW DELHI", "PORTLAND" (in "PORTLAND, Ore., Nov. 18 -"), "Berlin"
    std::string agency;          // "Reuters" in "NEW DELHI, Nov. 18 (Reuters) -", empty if none
    std::size_t text_start = 0;  // where the paragraph's own text begins
};

// "NEW DELHI, Nov. 18 (Xinhua) -- ", "LONDON — ", "Berlin (dpa) - ", "Lyon, 3 mars (AFP) – ": a place in
// capitals, or a capitalised place followed by a date or an agency, then a dash, in the first 80 bytes.
// nullopt when the paragraph does not start with one: "Mr. Smith, the chairman - who..." does not.
std::optional<Dateline> find_dateline(std::string_view paragraph);

// "(Xinhua)" → "Xinhua": a known agency gets its usual spelling, an unknown abbreviation stays as
// written ("(NTB)" is not "Ntb", as parse_byline() would write an ALL-CAPS name).
std::string agency_name(std::string_view parenthesised);

}  // namespace morgue::readers
