#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace morgue::readers {

// Bytes of the whitespace character at text[i], 0 if there is none: ASCII space and controls,
// NO-BREAK SPACE, the U+2000..U+200B spaces and IDEOGRAPHIC SPACE, which saved web pages are full of.
std::size_t space_width(std::string_view text, std::size_t i);

// Runs of whitespace become one space; none is left at either end.
std::string collapse_whitespace(std::string_view text);

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
