#pragma once

#include <cstddef>
#include <string_view>

namespace morgue::readers {

// The boilerplate model for blocks of a page saved as text, after boilerpipe's shallow text features
// and jusText's block classes: what a block of text looks like, without knowing the site.
struct BlockFeatures {
    std::size_t words = 0;
    double sentence_word_share = 0;  // share of words in sentences that end with . ! ? (or a quote after one)
    double stop_word_density = 0;    // share of words that are English, French or German function words
    double capitalised_share = 0;    // share of words starting with a capital letter
    bool ends_sentence = false;
    // Chinese, Japanese and Korean characters, and their sentence ends (。！？): these scripts have
    // no stop words of the lists above and need no spaces, so prose is judged by length and sentences.
    std::size_t cjk_characters = 0;
    std::size_t cjk_sentence_ends = 0;
};

BlockFeatures block_features(std::string_view text);

// Long prose: what an article is made of (jusText's "good" block).
bool is_prose(const BlockFeatures& features);

// Text a page puts around every article, by general vocabulary: cookie banners, "Copyright ©",
// "All rights reserved", "Terms of use", "Sign in", "Subscribe to our newsletter", "Advertisement",
// "Be the first to comment". Only short blocks count, so an article that mentions cookies stays.
bool is_furniture_text(std::string_view text);

// A navigation menu on one line: three or more short capitalised items split by '|' or '·'
// ("Home | News | World | Sign in").
bool is_menu_line(std::string_view text);

// A menu item: at most three capitalised words, no sentence punctuation ("World", "Sign in").
bool is_menu_item(std::string_view text);

// A run of capitalised words with no function word and no punctuation, as a menu whose items
// lost their separators ("Home News Sport Business Weather").
bool is_capitalised_run(std::string_view text);

}  // namespace morgue::readers
