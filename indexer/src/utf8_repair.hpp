#pragma once

#include <morgue/read_problem.hpp>

#include <string>
#include <vector>

namespace morgue {

// Makes `text` valid UTF-8 in place and returns the charset it was read as ("UTF-8", "GB18030",
// "windows-1252", ...), for --verbose and the summary. Each repair is reported (at most a few per
// file, then a count):
// - a UTF-8 or UTF-16 byte-order mark is honoured (UTF-16 is converted), NUL bytes become spaces;
// - UTF-8 text with a handful of invalid bytes (see kHandful in the .cpp) keeps its UTF-8, each bad
//   byte becoming U+FFFD; ASCII text with a handful of high bytes is read as Windows-1252 (the usual
//   encoding of old archives), each byte named in a warning;
// - anything else is decoded from the charset ICU's detector finds, or from `forced_charset` when
//   it is not empty (--encoding).
// A decoding that would replace more than a handful of characters is not used: throws InputError
// saying what was tried and that --encoding chooses the charset.
std::string repair_utf8(std::string& text, const std::string& path, std::vector<ReadProblem>& problems,
                        const std::string& forced_charset = {});

}  // namespace morgue
