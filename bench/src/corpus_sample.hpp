#pragma once

#include <morgue/article.hpp>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace morgue::bench {

// A word of an article's text, lower-cased; `follows` is true when only one space separates it from
// the word before, so the two can form a phrase query.
struct SampleWord {
    std::string text;
    bool follows = false;
};

struct SampledArticle {
    std::vector<SampleWord> headline;
    std::vector<SampleWord> body;
    std::vector<std::string> byline;
    std::optional<DateTime> date;
};

// Articles drawn at random from a morgue database, with the document frequency of their words
// within the sample. Query terms are taken from here, so every workload query is about the corpus.
class CorpusSample {
public:
    CorpusSample(const std::string& database, std::size_t articles, std::uint64_t seed);

    const std::vector<SampledArticle>& articles() const { return articles_; }
    // Words by sample document frequency, most frequent first.
    const std::vector<std::string>& words_by_frequency() const { return by_frequency_; }
    std::size_t rank(const std::string& word) const;  // position in words_by_frequency()
    std::size_t document_frequency(const std::string& word) const;

private:
    std::vector<SampledArticle> articles_;
    std::unordered_map<std::string, std::size_t> frequency_;
    std::unordered_map<std::string, std::size_t> rank_;
    std::vector<std::string> by_frequency_;
};

// Maximal runs of ASCII letters: words that read the same in every engine's tokenizer.
std::vector<SampleWord> sample_words(const std::string& text);

}  // namespace morgue::bench
