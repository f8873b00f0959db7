#pragma once

// Shared by the fuzz targets: run a reader on fuzzer bytes the way the indexer does (UTF-8 repair
// first, as every reader is promised valid UTF-8) and check what it reports.
#include "readers/reader.hpp"
#include "utf8_repair.hpp"

#include <morgue/error.hpp>

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace morgue::fuzz {

// An invariant the code promises but broke: crash loudly so libFuzzer saves the input.
inline void require(bool condition) {
    if (!condition) std::abort();
}

inline bool is_valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

inline readers::SourceText repaired_source(const std::uint8_t* data, std::size_t size, std::string path) {
    readers::SourceText source{std::move(path), std::string(reinterpret_cast<const char*>(data), size)};
    std::vector<ReadProblem> problems;
    const std::string bytes = source.text;
    try {
        repair_utf8(source.text, source.path, problems);
    } catch (const InputError&) {  // no charset decodes it cleanly: load_input refuses such a file
        source.text = bytes;
        repair_utf8(source.text, source.path, problems, "ISO-8859-1");  // maps every byte
    }
    return source;
}

// Runs `read` on the source: every problem must point into the file, every article must have an
// id and valid UTF-8 text.
template <typename Read>
void run_reader(const readers::SourceText& source, Read read) {
    readers::ReadCallbacks callbacks{
        [&](Article&& article, std::size_t line) {
            require(!article.id.empty());
            require(line >= 1);
            require(is_valid_utf8(article.id) && is_valid_utf8(article.headline) && is_valid_utf8(article.body));
            for (const auto& name : article.byline) require(is_valid_utf8(name));
        },
        [&](ReadProblem&& problem) {
            require(problem.byte_offset <= source.text.size());
            require(!problem.reason.empty());
        },
    };
    read(source, callbacks);
}

}  // namespace morgue::fuzz
