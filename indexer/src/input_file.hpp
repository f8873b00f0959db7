#pragma once

#include "readers/reader.hpp"

#include <filesystem>
#include <vector>

namespace morgue {

// An input file ready for a reader: decompressed (gzip or zstd, detected by magic bytes)
// and repaired to valid UTF-8, with what had to be repaired or lost.
struct LoadedInput {
    readers::SourceText source;
    std::vector<ReadProblem> problems;
};

// Throws InputError when the file cannot be read at all.
LoadedInput load_input(const std::filesystem::path& path);

// Decompressed contents of a gzip or zstd file, or the bytes of a plain one. A truncated or
// corrupt compressed file yields what could be decompressed, and a problem saying where it stopped.
std::string read_decompressed(const std::filesystem::path& path, std::vector<ReadProblem>& problems);

}  // namespace morgue
