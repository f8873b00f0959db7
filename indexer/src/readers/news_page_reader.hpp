#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads a news web page saved as plain text, one article per file:
//
//   Global General                                   <- optional section (short line, then a blank line)
//
//   Beijing, Moscow vow to safeguard common interests <- headline
//
//   By Cai Xiao and Hu Haiyan (China Daily)           <- optional byline, date ("Updated:", "Published:",
//   Updated: 2010-03-26 07:43                            "Posted:", "Date:" or a bare date), "Source:"
//   Large Medium Small                                <- page widgets ("Print", "Share", "Font size"...)
//
//   BEIJING - China and Russia on Wednesday vowed ... <- dateline, then body paragraphs
//
// Page furniture inside the body is left out: widget lines, photo captions (a paragraph repeating the
// headline, lines ending in "[Agencies]" or "(Photo: ...)") and "Related readings:" blocks.
// Body paragraphs are joined with "\n\n"; the lines of one paragraph are soft wraps, joined with a space.
// The article id is the file name without directories and extensions.
// An empty file, or one with no article text, is reported as a FileSkipped problem.
void read_news_page(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
