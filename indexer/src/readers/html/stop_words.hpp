#pragma once

#include <cstddef>
#include <string_view>

namespace morgue::readers::html {

// How many of the words of `text` are function words ("the", "und", "les", "que"...) of the
// languages news pages are mostly written in (English, German, French, Spanish, Italian, Dutch,
// Portuguese). Running prose is about a third function words; menus, lists of headlines and
// widget labels have almost none: jusText's main signal.
struct WordCounts {
    std::size_t words = 0;
    std::size_t stop_words = 0;
    double stop_word_density() const {
        return words == 0 ? 0.0 : static_cast<double>(stop_words) / static_cast<double>(words);
    }
};
WordCounts count_words(std::string_view text);

}  // namespace morgue::readers::html
