#pragma once

#include <morgue/read_problem.hpp>

#include <string>
#include <vector>

namespace morgue {

// Makes `text` valid UTF-8 in place and reports each repair (at most a few per file, then a count).
// A file with no valid multi-byte sequence but some high bytes is taken to be Windows-1252, the usual
// encoding of old archives; otherwise each invalid byte becomes U+FFFD. NUL bytes become spaces.
void repair_utf8(std::string& text, const std::string& path, std::vector<ReadProblem>& problems);

}  // namespace morgue
