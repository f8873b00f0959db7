#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace morgue::readers::html {

// The dateline a news story's first paragraph starts with.
struct LeadingDateline {
    std::string place;           // "NEW DELHI", "PORTLAND, Ore.", "Berlin"
    std::string agency;          // "Reuters" in "NEW DELHI, Nov. 18 (Reuters) -", empty if none
    std::size_t text_start = 0;  // where the paragraph's own text begins
};

// "NEW DELHI, Nov. 18 (Reuters) - ", "LONDON — ", "Berlin (dpa) - ", "Lyon, 3 mars (AFP) – ": a place in
// capitals (or a capitalised place followed by a date or an agency), then a dash, in the first 80 bytes.
// nullopt when the paragraph does not start with one ("Mr. Smith - who..." does not).
std::optional<LeadingDateline> leading_dateline(std::string_view paragraph);

}  // namespace morgue::readers::html
