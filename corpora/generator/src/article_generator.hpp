#pragma once

#include "news_model.hpp"
#include "random.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace morgue::generator {

struct ArticleShape {
    std::int64_t first_second = 0;           // 1970-01-01T00:00:00Z
    std::int64_t last_second = 1735689599;   // 2024-12-31T23:59:59Z
    bool chronological = false;              // dates ascend with the article number (with jitter)
    std::uint64_t articles = 0;              // corpus size, for chronological dates
    // Body lengths in words to draw from (an archive's, e.g. Reuters-21578's, as `morgue-bench
    // export --lengths` writes them); empty: log-normal, median 90 words.
    std::vector<int> body_lengths{};
};

// Writes article number n as one JSON object in morgue's JSON Lines form. Each article draws from
// its own random stream (seed, n), so any article can be produced without the ones before it.
class ArticleGenerator {
public:
    ArticleGenerator(const NewsModel& model, std::uint64_t seed, ArticleShape shape)
        : model_(model), seed_(seed), shape_(shape) {}

    nlohmann::ordered_json article(std::uint64_t n) const;

private:
    std::string headline(Random& random) const;
    std::string body(Random& random, const std::string& dateline) const;
    int body_words(Random& random) const;
    void append_sentence(Random& random, std::string& text, int words) const;
    std::string date(Random& random, std::uint64_t n) const;

    const NewsModel& model_;
    std::uint64_t seed_;
    ArticleShape shape_;
};

// "2010-03-26T07:43:00Z"
std::string iso_utc(std::int64_t epoch_seconds);

}  // namespace morgue::generator
