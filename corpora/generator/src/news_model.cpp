#include "news_model.hpp"

#include "word_maker.hpp"

#include <array>

namespace morgue::generator {
namespace {

constexpr std::size_t kFunctionWords = 40;  // the most frequent ranks, kept out of headlines

// Frequent words are short, as in every language (Zipf's law of abbreviation).
int syllables_for_rank(std::size_t rank, Random& random) {
    if (rank < 150) return 1;
    if (rank < 1500) return random.between(1, 2);
    if (rank < 60000) return 2;
    return random.between(2, 3);
}

std::vector<std::string> make_vocabulary(Random& random, WordMaker& maker, std::size_t size) {
    std::vector<std::string> words;
    words.reserve(size);
    for (std::size_t rank = 0; rank < size; ++rank) words.push_back(maker.make(syllables_for_rank(rank, random)));
    return words;
}

// Collocations are built from content words of middling frequency, like "interest rates" or
// "prime minister": common enough to recur, specific enough to make a phrase query meaningful.
std::vector<std::vector<std::string>> make_collocations(Random& random, const std::vector<std::string>& words,
                                                       std::size_t count) {
    const AliasSampler middle(zipf_weights(20000, 1.0, 1.0));
    std::vector<std::vector<std::string>> collocations(count);
    for (auto& collocation : collocations) {
        const int length = random.chance(0.7) ? 2 : 3;
        for (int i = 0; i < length; ++i) collocation.push_back(words[kFunctionWords + middle.sample(random)]);
    }
    return collocations;
}

std::vector<std::string> make_names(Random& random, WordMaker& maker, std::size_t count) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < count; ++i)
        names.push_back(maker.make_capitalized(2) + " " + maker.make_capitalized(random.between(2, 3)));
    return names;
}

std::vector<std::string> make_places(Random& random, WordMaker& maker, std::size_t count) {
    std::vector<std::string> places;
    for (std::size_t i = 0; i < count; ++i) places.push_back(upper_cased(maker.make(random.between(2, 3))));
    return places;
}

std::vector<std::string> make_sources(Random& random, WordMaker& maker, std::size_t count) {
    constexpr std::array<const char*, 7> kKinds{"Times", "Herald", "Post", "Gazette", "Courier", "Wire", "Press"};
    std::vector<std::string> sources;
    for (std::size_t i = 0; i < count; ++i)
        sources.push_back("The " + maker.make_capitalized(2) + " " + kKinds[random.below(kKinds.size())]);
    return sources;
}

std::vector<std::string> section_names() {
    return {"World", "National", "Politics", "Business", "Markets", "Technology", "Science",
            "Health", "Sports", "Culture", "Opinion", "Local"};
}

}  // namespace

NewsModel::NewsModel(Random& random, const NewsModelSizes& sizes)
    : word_sampler_(sizes.vocabulary, 1.0, 2.7),
      collocation_sampler_(zipf_weights(sizes.collocations, 0.9, 2.0)),
      author_sampler_(zipf_weights(sizes.authors, 0.8, 5.0)),
      place_sampler_(zipf_weights(sizes.places, 1.0, 2.0)),
      source_sampler_(zipf_weights(sizes.sources, 1.0, 1.0)),
      section_sampler_(zipf_weights(section_names().size(), 0.7, 1.0)) {
    WordMaker maker(random);
    words_ = make_vocabulary(random, maker, sizes.vocabulary);
    collocations_ = make_collocations(random, words_, sizes.collocations);
    authors_ = make_names(random, maker, sizes.authors);
    places_ = make_places(random, maker, sizes.places);
    sources_ = make_sources(random, maker, sizes.sources);
    sections_ = section_names();
}

const std::string& NewsModel::content_word(Random& random) const {
    for (;;) {
        const auto rank = word_sampler_.sample(random);
        if (rank >= kFunctionWords) return words_[rank];
    }
}

}  // namespace morgue::generator
