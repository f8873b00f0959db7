#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// A word found in a text: case-folded and normalized, not yet stemmed.
struct Token {
    std::string word;
    std::uint32_t position = 0;  // 0-based word number in the text, for phrase matching
    std::uint32_t begin = 0;     // byte offsets of the word in the analyzed text, for snippets
    std::uint32_t end = 0;

    bool operator==(const Token&) const = default;
};

// The text analysis shared by indexing and querying, so that what is indexed is what a query finds:
// ICU word segmentation (UAX #29, with dictionaries for Chinese, Japanese, Thai...), NFKC case folding,
// then Xapian's Snowball stemmer for the article's language.
// Not thread-safe: use one Analyzer per thread.
class Analyzer {
public:
    Analyzer();
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    // Calls `emit` for each word of `text` (UTF-8) in order. Punctuation and spaces are not words;
    // words longer than kMaxWordBytes after folding are dropped but keep their position.
    void for_each_word(std::string_view text, const std::function<void(const Token&)>& emit) const;
    std::vector<Token> words(std::string_view text) const;

    // The stemmed form of a folded word in `language` ("english", "french", "none", ...).
    std::string stem(std::string_view word, std::string_view language) const;

    // NFKC case folding of a whole value, for exact-match fields such as topics ("Crude" -> "crude").
    std::string fold(std::string_view text) const;

    // Canonical Snowball name of a language ("en" -> "english"); throws morgue::Error if unsupported.
    static std::string canonical_language(std::string_view language);

    // Identifies the analysis so that a database can refuse queries analyzed differently.
    static std::string description();

    static constexpr std::size_t kMaxWordBytes = 64;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace morgue
