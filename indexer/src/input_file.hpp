#pragma once

#include "input_stream.hpp"
#include "readers/reader.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace morgue {

// The largest input morgue reads, as a file on disk and after decompression: a file is held in
// memory while its articles are read, and the UTF-8 repair indexes it with 32-bit offsets.
inline constexpr std::size_t kMaxInputBytes = INT32_MAX;  // 2 GiB - 1
// How much of a (decompressed) file is read before anything else is: enough to judge that it is
// binary, guess its charset and recognise its format. Every later block of this size is checked
// for binary data too, so that a decompression bomb of zeros stops at its first block.
inline constexpr std::size_t kSniffBytes = 1 << 16;

struct InputOptions {
    std::string charset;  // empty: detected; otherwise as named by --encoding (ICU's canonical name)
    std::size_t max_bytes = kMaxInputBytes;
    std::chrono::milliseconds pipe_timeout = kPipeSilenceTimeout;
};

// An input file ready for a reader: decompressed (gzip or zstd, detected by magic bytes)
// and repaired to valid UTF-8, with what had to be repaired or lost.
struct LoadedInput {
    readers::SourceText source;
    std::vector<ReadProblem> problems;
    std::string charset;      // what the text was read as: "UTF-8", "GB18030", ...
    std::string compression;  // "gzip", "zstd" or ""
};

// Throws InputError when the file cannot be read at all: a folder or device, too large, a silent
// pipe, binary data (judged on the first kSniffBytes, before the rest is read), or text in no
// charset that decodes it cleanly.
LoadedInput load_input(const std::filesystem::path& path, const InputOptions& options = {});

}  // namespace morgue
