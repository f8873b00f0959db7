#include "word_maker.hpp"

#include <array>
#include <string_view>

namespace morgue::generator {
namespace {

constexpr std::array<std::string_view, 32> kOnsets{
    "", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t",
    "v", "w", "z", "br", "ch", "cl", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr"};
constexpr std::array<std::string_view, 9> kVowels{"a", "e", "i", "o", "u", "a", "e", "ou", "io"};
constexpr std::array<std::string_view, 10> kCodas{"", "", "", "n", "r", "l", "m", "nd", "st", "rk"};

template <typename Array>
std::string_view pick(Random& random, const Array& items) {
    return items[random.below(items.size())];
}

}  // namespace

std::string WordMaker::syllable() {
    std::string s(pick(random_, kOnsets));
    s += pick(random_, kVowels);
    s += pick(random_, kCodas);
    return s;
}

std::string WordMaker::make(int syllables) {
    for (int attempt = 1;; ++attempt) {
        std::string word;
        for (int i = 0; i < syllables; ++i) word += syllable();
        if (used_.insert(word).second) return word;
        if (attempt % 100 == 0) ++syllables;  // the short words are used up
    }
}

std::string WordMaker::make_capitalized(int syllables) { return capitalized(make(syllables)); }

std::string capitalized(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

std::string upper_cased(std::string word) {
    for (char& c : word)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return word;
}

}  // namespace morgue::generator
