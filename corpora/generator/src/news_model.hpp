#pragma once

#include "alias_sampler.hpp"
#include "zipf_sampler.hpp"
#include "random.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace morgue::generator {

// Sizes of the invented world. The vocabulary is large enough that its tail words are rare even in
// a million articles, as in real news.
struct NewsModelSizes {
    std::size_t vocabulary = 200000;
    std::size_t collocations = 20000;  // recurring word pairs and triples
    std::size_t authors = 5000;
    std::size_t places = 300;
    std::size_t sources = 12;
};

// Everything an article is drawn from: words by Zipfian frequency, collocations, name pools.
// Built once from the seed; its memory does not grow with the number of articles.
class NewsModel {
public:
    NewsModel(Random& random, const NewsModelSizes& sizes = {});

    const std::string& word(Random& random) const { return words_[word_sampler_.sample(random)]; }
    // A word that is not among the most frequent (function-like) words, for headlines.
    const std::string& content_word(Random& random) const;
    const std::vector<std::string>& collocation(Random& random) const {
        return collocations_[collocation_sampler_.sample(random)];
    }
    const std::string& author(Random& random) const { return authors_[author_sampler_.sample(random)]; }
    const std::string& place(Random& random) const { return places_[place_sampler_.sample(random)]; }
    const std::string& source(Random& random) const { return sources_[source_sampler_.sample(random)]; }
    const std::string& section(Random& random) const { return sections_[section_sampler_.sample(random)]; }

private:
    std::vector<std::string> words_;  // by rank: words_[0] is the most frequent
    std::vector<std::vector<std::string>> collocations_;
    std::vector<std::string> authors_, places_, sources_, sections_;
    ZipfSampler word_sampler_;
    AliasSampler collocation_sampler_, author_sampler_, place_sampler_, source_sampler_,
        section_sampler_;
};

}  // namespace morgue::generator
