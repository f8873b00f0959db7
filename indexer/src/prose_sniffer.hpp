#pragma once

#include <string>
#include <string_view>

namespace morgue {

// Whether a text with no markup of its own reads as prose, the evidence the plain-text page
// format needs: most of its characters are in lines of words (mostly letters, words of word
// length, several to a line, or runs of CJK characters), and it has sentences (". ", "? ", "。").
// Checksum lists, logs, tables of numbers and binary-ish text have none of that.
bool looks_like_prose(std::string_view head);

// What a text that is not prose looks like, for the message refusing it:
// "first line looks like `e3b0c442…  file.txt` (a checksum list?)".
std::string describe_text_shape(std::string_view head);

}  // namespace morgue
