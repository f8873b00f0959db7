#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace morgue::quality {

// The lines of a text file, without their line ends (LF or CRLF: the collections mix both).
// Throws std::runtime_error naming the file when it cannot be read.
std::vector<std::string> read_lines(const std::filesystem::path& file);

// Lines joined by single spaces, surrounding white space trimmed: a field spread over lines.
std::string join_lines(const std::vector<std::string>& lines);

std::string trimmed(const std::string& text);

}  // namespace morgue::quality
