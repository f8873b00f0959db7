#pragma once

#include "random.hpp"

#include <string>
#include <unordered_set>

namespace morgue::generator {

// Invents pronounceable words from syllables (onset + vowel + optional coda), never the same word
// twice. The corpus uses no copied dictionary, so it carries no licence and no real names.
class WordMaker {
public:
    explicit WordMaker(Random& random) : random_(random) {}

    // A new lower-case word of `syllables` syllables.
    std::string make(int syllables);
    // A new word with its first letter in upper case, for names and places.
    std::string make_capitalized(int syllables);

private:
    std::string syllable();

    Random& random_;
    std::unordered_set<std::string> used_;
};

std::string capitalized(std::string word);
std::string upper_cased(std::string word);

}  // namespace morgue::generator
