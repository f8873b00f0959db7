#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// Text is analyzed for the index or for a query: they differ only in CJK runs (see for_each_word).
enum class AnalyzerMode { Document, Query };

// A word found in a text: case-folded and normalized, not yet stemmed.
struct Token {
    std::string word;
    std::uint32_t position = 0;  // 0-based word number in the text, for phrase matching
    std::uint32_t begin = 0;     // byte offsets of the word in the analyzed text, for snippets
    std::uint32_t end = 0;
    // A pair of CJK characters (see for_each_word): it overlaps the words at its position and the next.
    bool bigram = false;
    // A part of the word before it, at the same position: "2" and "77" of "2.77" (see for_each_word).
    bool part = false;

    bool operator==(const Token&) const = default;
};

// The text analysis shared by indexing and querying, so that what is indexed is what a query finds:
// ICU word segmentation (UAX #29, with dictionaries for Chinese, Japanese, Thai...), NFKC case folding,
// then Xapian's Snowball stemmer for the article's language. Runs of Chinese, Japanese and Korean
// characters are cut into overlapping character pairs, so that a word is found inside longer words.
// Not thread-safe: use one Analyzer per thread.
class Analyzer {
public:
    Analyzer();
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    // Calls `emit` for each word of `text` (UTF-8) in order. Punctuation and spaces are not words;
    // words longer than kMaxWordBytes after folding are dropped but keep their position.
    // A run of CJK characters (Han, kana, Hangul; one or more dictionary words with nothing between
    // them) takes one position per character. In Document mode it gives each overlapping pair of
    // characters (`bigram`, at the position of its first character), in order, and then each
    // character; in Query mode only the pairs, or the one character of a one-character run, so a
    // query word is the phrase of its pairs and matches wherever it occurs inside a run.
    // A word with full stops or apostrophes inside ("2.77", "U.S", "DOLR.O", "Italy's"; UAX #29 keeps
    // them whole) is followed in Document mode by its parts (`part`, at its position), so that "u s",
    // "2 77" or "italy s", typed without the punctuation, finds it too; a query keeps such a word
    // whole, which the index also holds.
    void for_each_word(std::string_view text, const std::function<void(const Token&)>& emit,
                       AnalyzerMode mode = AnalyzerMode::Document) const;
    std::vector<Token> words(std::string_view text, AnalyzerMode mode = AnalyzerMode::Document) const;

    // The stemmed form of a folded word in `language`, a canonical name (canonical_language):
    // Snowball's stemmer where there is one (german2 for German), the word unchanged otherwise.
    std::string stem(std::string_view word, std::string_view language) const;

    // NFKC case folding of a whole value, for exact-match fields such as topics ("Crude" -> "crude").
    std::string fold(std::string_view text) const;

    // Canonical name of a language given as an ISO 639 code or a name ("de", "ger", "German" ->
    // "german"; see language.hpp); throws morgue::Error listing the accepted forms if unknown.
    static std::string canonical_language(std::string_view language);

    // Identifies the analysis so that a database can refuse queries analyzed differently.
    static std::string description();

    static constexpr std::size_t kMaxWordBytes = 64;

private:
    void emit_parts(std::string_view segment, Token token, const std::function<void(const Token&)>& emit) const;

    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace morgue
