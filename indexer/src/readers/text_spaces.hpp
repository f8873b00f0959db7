#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace morgue::readers {

// Bytes of the whitespace character at text[i], 0 if there is none: ASCII space and controls,
// NO-BREAK SPACE, the U+2000..U+200B spaces, NARROW NO-BREAK SPACE and IDEOGRAPHIC SPACE, which
// saved web pages and feeds are full of.
std::size_t space_width(std::string_view text, std::size_t i);

// Runs of whitespace (as space_width) become one space; none is left at either end.
std::string collapse_whitespace(std::string_view text);

// A protocol line (HTTP, WARC headers) without the spaces, tabs and carriage returns around it.
std::string_view trim_header_line(std::string_view line);

}  // namespace morgue::readers
