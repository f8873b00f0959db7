#pragma once

#include <morgue/article.hpp>

#include <random>
#include <string>
#include <vector>

namespace morgue::testing {

// Ten words, three of them drawn half the time: frequent words with a spread of scores.
inline const std::vector<std::string> kRandomArticleWords{"cocoa", "oil",  "wheat", "gold",   "bank",
                                                          "rate",  "trade", "ship", "coffee", "sugar"};

struct RandomArticleShape {
    int max_extra_words = 60;  // a body has 5 + [0, max_extra_words) words, each perhaps followed by "filler"
    bool topic = false;        // grain for two in three articles, else metal
    bool date = false;         // a day in the first three months of 1987
};

// Articles of varying length whose words repeat, some in the headline. Deterministic: raw mt19937
// draws, no library distributions, in the same order whatever the shape asks for after the body.
inline Article random_article(int id, std::mt19937& random, const RandomArticleShape& shape = {}) {
    Article a;
    a.id = std::to_string(id);
    const auto& words = kRandomArticleWords;
    const auto word = [&] { return words[random() % (random() % 2 ? 3 : words.size())]; };
    for (int i = 0; i < 3; ++i) a.headline += word() + " ";
    const int length = 5 + static_cast<int>(random() % static_cast<unsigned>(shape.max_extra_words));
    for (int i = 0; i < length; ++i) a.body += word() + (random() % 7 ? " filler " : " ");
    if (shape.topic) a.topics = {random() % 3 ? "grain" : "metal"};
    if (shape.date) a.date = DateTime{1987, 1 + static_cast<int>(random() % 3), 1 + static_cast<int>(random() % 28)};
    return a;
}

}  // namespace morgue::testing
