#pragma once

#include <morgue/analyzer.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// Chinese, Japanese and Korean are written without spaces, and a dictionary segmenter keeps
// 北京市 or 大学生 as one word, so that a search for 北京 or 学生 would miss them. As Lucene's
// CJKBigramFilter does, each run of CJK characters is indexed as its overlapping character pairs,
// one position per character, and a query word of two or more characters becomes the phrase of its
// pairs: it is found wherever it occurs inside a run, and only there. Single characters are
// indexed too (a one-character query is a unigram) because one character is often a whole word
// (美 "the US", 日 "Japan", 雨 "rain") and would otherwise be found only where it stands alone.
class CjkRun {
public:
    // True if every character of `segment` (UTF-8) is Han, kana or Hangul.
    static bool is_cjk(std::string_view segment);

    bool empty() const { return characters_.empty(); }
    std::uint32_t end() const { return characters_.empty() ? 0 : characters_.back().end; }
    std::size_t size() const { return characters_.size(); }

    // Appends the characters of `segment` (a CJK word at byte `begin` of the text), folded by `fold`,
    // until the run holds kMaxCharacters; returns the bytes of `segment` taken.
    std::size_t add(std::string_view segment, std::uint32_t begin, const std::function<std::string(std::string_view)>& fold);

    // Emits the run's tokens from `position` on and empties the run; returns the positions it took
    // (one per character). Document mode: the pairs, in order, then the single characters; query
    // mode: only the pairs, or the character of a one-character run.
    std::uint32_t flush(AnalyzerMode mode, std::uint32_t position, const std::function<void(const Token&)>& emit);

    // A run is cut after this many characters, so that text without punctuation cannot hold an
    // unbounded buffer; only the one pair across the cut is lost.
    static constexpr std::size_t kMaxCharacters = 1024;

private:
    struct Character {
        std::string folded;
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };
    std::vector<Character> characters_;
};

}  // namespace morgue
