#pragma once

#include <morgue/analyzer.hpp>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace morgue {

struct SnippetOptions {
    std::size_t max_bytes = 240;  // bytes of the original text shown, not counting markers or ellipses
    std::string_view highlight_open = "<em>";
    std::string_view highlight_close = "</em>";
    std::string_view ellipsis = "…";
};

// The passage of `text` that best shows why it matched: the window of at most about max_bytes
// holding the most distinct query stems (ties: more occurrences, then earlier), widened with
// context on both sides, cut at word boundaries, with every matching word wrapped in the markers.
//
// A word matches when its stem in `language` (or the folded word itself, for unstemmed phrase
// terms) is in `highlight_stems`. Whitespace runs collapse to one space, invalid UTF-8 becomes
// U+FFFD, and the ellipsis marks where text was left out. With no matching word the snippet is
// the start of the text; empty text gives "". Only the first kMaxSnippetSourceBytes are read.
std::string make_snippet(const Analyzer& analyzer, std::string_view text, std::string_view language,
                         const std::set<std::string>& highlight_stems, const SnippetOptions& options = {});

// Pathological bodies (megabytes without a match) must not make every result page slow.
inline constexpr std::size_t kMaxSnippetSourceBytes = 64 * 1024;

}  // namespace morgue
