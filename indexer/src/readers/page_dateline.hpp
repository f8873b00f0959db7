#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace morgue::readers {

// The dateline opening a news story: "BEIJING - ", "WASHINGTON, March 26 (Xinhua) -- ", "LONDON — ",
// "Paris, le 3 mars (AFP) – ", "Dresden (dpa) - ".
struct Dateline {
    std::string place;           // "WASHINGTON"
    std::string agency;          // "(Xinhua)", empty when there is none
    std::size_t text_start = 0;  // where the paragraph's own text begins
};

// The dateline at the start of `paragraph`, if it has one. A mixed-case place needs a date or an
// agency after it, so that "Mr. Smith, the chairman - who..." is not taken for one.
std::optional<Dateline> find_dateline(std::string_view paragraph);

}  // namespace morgue::readers
