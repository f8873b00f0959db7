#pragma once

#include "readers/text_spaces.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace morgue::readers {

// One block of a page whose line breaks were lost.
struct TextSegment {
    std::string text;        // whitespace collapsed
    std::size_t offset = 0;  // byte offset of the segment in the line (approximate inside a segment)
};

// Splits one long line holding a whole page (as many scrapers save pages) into the blocks the page
// was made of: at runs of two or more spaces or a tab; before and after page widgets ("Share",
// "Most read", "Sign in") and before metadata labels ("By Ann Lee", "Updated:") when what follows is
// capitalised; after the date of a date label; before a dateline ("LONDON (Reuters) -"); and at a
// sentence end followed by a run of capitalised words ("... said. Home News Sport").
// Returns an empty list when the line does not look like a flattened page: a long paragraph stays whole.
std::vector<TextSegment> segment_flattened_line(std::string_view line);

}  // namespace morgue::readers
