#pragma once

#include <string>
#include <string_view>

namespace morgue::quality {

// A query as both engines are given it: the text as written, on one line, in lower case (so that
// AND, OR, NOT and NEAR in upper-case queries such as NPL's and LISA's are words, not operators,
// in morgue's parser and Lucene's alike), with the characters morgue's parser reads as operators
// (" ( ) : - + * /) replaced by spaces. Lucene's side escapes what remains for its own parser.
std::string plain_query(std::string_view text);

// Text as a person types it into a search box: lower case, every character that is not an ASCII
// letter or digit dropped to a space, single spaces ("U.S. CORN STOCKS" -> "u s corn stocks").
std::string typed_words(std::string_view text);

}  // namespace morgue::quality
