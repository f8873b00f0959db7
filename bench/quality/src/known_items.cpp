#include "known_items.hpp"

#include "query_text.hpp"

#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace morgue::quality {
namespace {

constexpr std::size_t kBodyWords = 5;
constexpr std::size_t kMinWordLetters = 3;

// Fisher-Yates with the generator's raw output, so the draw is the same with every standard library
// (std::shuffle's distribution is left to the implementation).
template <typename T>
void seeded_shuffle(std::vector<T>& items, std::mt19937_64& random) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random() % i]);
}

// Distinct lower-case runs of ASCII letters of at least kMinWordLetters, in order of first use.
std::vector<std::string> distinct_words(const std::string& text) {
    std::vector<std::string> words;
    std::unordered_set<std::string> seen;
    std::string word;
    const auto flush = [&] {
        if (word.size() >= kMinWordLetters && seen.insert(word).second) words.push_back(word);
        word.clear();
    };
    for (const char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            word += static_cast<char>(c | 0x20);
        else
            flush();
    }
    flush();
    return words;
}

Collection known_item_collection(const char* name) { return Collection{.name = name, .kind = TaskKind::KnownItem}; }

void add_known_item(Collection& collection, const Document& target, std::string query) {
    const std::string id = std::to_string(collection.queries.size() + 1);
    collection.queries.push_back({id, std::move(query)});
    collection.qrels[id][target.id] = 1;
}

}  // namespace

Collection headline_known_items(const std::vector<Document>& documents, std::size_t count, std::uint64_t seed) {
    std::unordered_map<std::string, std::size_t> uses;
    for (const auto& document : documents) ++uses[typed_words(document.headline)];
    std::vector<const Document*> unique;
    for (const auto& document : documents) {
        const std::string typed = typed_words(document.headline);
        if (!typed.empty() && uses[typed] == 1) unique.push_back(&document);
    }
    std::mt19937_64 random(seed);
    seeded_shuffle(unique, random);
    Collection collection = known_item_collection("reuters-headline");
    for (std::size_t i = 0; i < unique.size() && i < count; ++i)
        add_known_item(collection, *unique[i], typed_words(unique[i]->headline));
    return collection;
}

Collection body_words_known_items(const std::vector<Document>& documents, std::size_t count, std::uint64_t seed) {
    std::vector<const Document*> candidates;
    for (const auto& document : documents)
        if (distinct_words(document.body).size() >= kBodyWords) candidates.push_back(&document);
    std::mt19937_64 random(seed);
    seeded_shuffle(candidates, random);
    Collection collection = known_item_collection("reuters-body");
    for (std::size_t i = 0; i < candidates.size() && i < count; ++i) {
        std::vector<std::string> words = distinct_words(candidates[i]->body);
        seeded_shuffle(words, random);
        std::string query;
        for (std::size_t w = 0; w < kBodyWords; ++w) query += (w == 0 ? "" : " ") + words[w];
        add_known_item(collection, *candidates[i], std::move(query));
    }
    return collection;
}

}  // namespace morgue::quality
