#pragma once

#include <cstddef>
#include <string>

namespace morgue {

// Something wrong with the input: where it is and what it is.
struct ReadProblem {
    enum class Severity {
        Repaired,        // input was fixed up (e.g. invalid UTF-8) and everything was still indexed
        ArticleSkipped,  // one article could not be read; the rest of the file was
        FileSkipped,     // nothing of the file could be read
    };
    std::string path;
    std::size_t line = 0;         // 1-based; 0 when unknown
    std::size_t byte_offset = 0;  // into the decompressed file
    std::string reason;
    Severity severity = Severity::ArticleSkipped;

    // "reut2-017.sgm:1234 (byte 5678): reason"
    std::string to_string() const;
};

}  // namespace morgue
