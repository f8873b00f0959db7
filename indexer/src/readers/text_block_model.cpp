#include "readers/text_block_model.hpp"

#include <morgue/ascii.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace morgue::readers {
namespace {

constexpr std::size_t kMinProseWords = 15;
constexpr std::size_t kMinProseCjkCharacters = 40;  // about as much text as 15 words
constexpr double kMinProseStopWordDensity = 0.15;
constexpr double kMinProseSentenceShare = 0.5;
constexpr std::size_t kMaxFurnitureWords = 30;
constexpr std::size_t kMaxMenuItemWords = 3;
constexpr std::size_t kMinMenuItems = 3;
constexpr std::size_t kMinCapitalisedRunWords = 4;

// A character of a script written without spaces (CJK ideographs, kana), read at `at`; 0 otherwise.
std::size_t unspaced_character_at(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0xE3 || lead > 0xE9 || at + 2 >= text.size()) return 0;
    const char32_t code = (char32_t{lead} & 0x0F) << 12 | (char32_t(static_cast<unsigned char>(text[at + 1])) & 0x3F) << 6 |
                          (char32_t(static_cast<unsigned char>(text[at + 2])) & 0x3F);
    return (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3040 && code <= 0x30FF) ? 3 : 0;
}

// Words between spaces; in scripts written without spaces each character counts as a word, so
// that a paragraph of Chinese is long, not one word. Stops after `limit` words: the tests of short
// blocks need only know that a block is long, and a page may be one 50 MB line.
std::vector<std::string_view> words_of(std::string_view text, std::size_t limit = std::string_view::npos) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size() && words.size() < limit) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        std::size_t word = start;
        for (std::size_t at = start; at < end;) {
            if (const std::size_t size = unspaced_character_at(text, at)) {
                if (at > word) words.push_back(text.substr(word, at - word));
                words.push_back(text.substr(at, size));
                at += size;
                word = at;
            } else {
                ++at;
            }
        }
        if (end > word) words.push_back(text.substr(word, end - word));
        start = end + 1;
    }
    return words;
}

// The word lower-cased without its punctuation, if it is short enough to be a stop word; "" if not
// (the longest stop word has five letters; this runs on every word of a page).
std::string_view bare_short_word(std::string_view word, std::array<char, 8>& buffer) {
    std::size_t size = 0;
    for (char c : word) {
        if (c == ',' || c == '.' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '!' || c == '?')
            continue;
        if (size == buffer.size()) return {};
        buffer[size++] = ascii_lower(c);
    }
    return {buffer.data(), size};
}

bool is_stop_word(std::string_view word) {
    std::array<char, 8> buffer;
    word = bare_short_word(word, buffer);
    if (word.empty()) return false;
    static constexpr std::array<std::string_view, 75> kStopWords = {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "that", "this", "with", "from", "by", "as", "it", "its", "he",
        "she", "they", "their", "his", "her", "we", "would", "will", "said", "not", "which", "who", "after",
        // French
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "en", "dans", "pour", "que", "qui", "sur",
        // German
        "der", "die", "das", "und", "ist", "im", "den", "mit", "von", "zu", "ein", "eine", "nach", "auf", "sich"};
    return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

bool starts_capitalised(std::string_view word) {
    if (word.empty()) return false;
    const auto c = static_cast<unsigned char>(word[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // a non-ASCII letter: É, Ö, Ü ...
}

bool ends_like_sentence(std::string_view text) {
    while (!text.empty() && (text.back() == '"' || text.back() == '\'' || text.back() == ')')) text.remove_suffix(1);
    if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xC2\xBB")) return true;  // ” »
    if (text.ends_with("\xE3\x80\x82") || text.ends_with("\xEF\xBC\x81") || text.ends_with("\xEF\xBC\x9F")) return true;  // 。！？
    return text.ends_with('.') || text.ends_with('!') || text.ends_with('?');
}

bool contains(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

// Counts the CJK characters of `text` and its CJK sentence ends.
void count_cjk(std::string_view text, BlockFeatures& features) {
    for (std::size_t i = 0; i + 2 < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0xE0 || lead >= 0xF0) {
            i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 4;
            continue;
        }
        const char32_t code = (char32_t{lead} & 0x0F) << 12 | (char32_t(static_cast<unsigned char>(text[i + 1])) & 0x3F) << 6 |
                              (char32_t(static_cast<unsigned char>(text[i + 2])) & 0x3F);
        if ((code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3040 && code <= 0x30FF) || (code >= 0xAC00 && code <= 0xD7AF))
            ++features.cjk_characters;
        if (code == 0x3002 || code == 0xFF01 || code == 0xFF1F) ++features.cjk_sentence_ends;  // 。！？
        i += 3;
    }
}

BlockFeatures block_features(std::string_view text) {
    BlockFeatures features;
    count_cjk(text, features);
    const std::vector<std::string_view> words = words_of(text);
    features.words = words.size();
    if (words.empty()) return features;
    std::size_t stop = 0;
    std::size_t capitalised = 0;
    std::size_t in_sentences = 0;
    std::size_t pending = 0;  // words since the last sentence end
    for (std::string_view word : words) {
        if (is_stop_word(word)) ++stop;
        if (starts_capitalised(word)) ++capitalised;
        ++pending;
        if (ends_like_sentence(word)) {
            in_sentences += pending;
            pending = 0;
        }
    }
    const auto share = [&](std::size_t n) { return static_cast<double>(n) / static_cast<double>(words.size()); };
    features.sentence_word_share = share(in_sentences);
    features.stop_word_density = share(stop);
    features.capitalised_share = share(capitalised);
    features.ends_sentence = ends_like_sentence(text);
    return features;
}

bool is_prose(const BlockFeatures& features) {
    if (features.cjk_characters >= kMinProseCjkCharacters && features.cjk_sentence_ends > 0) return true;
    return features.words >= kMinProseWords && features.stop_word_density >= kMinProseStopWordDensity &&
           features.sentence_word_share >= kMinProseSentenceShare;
}

bool is_furniture_text(std::string_view text) {
    if (words_of(text, kMaxFurnitureWords + 1).size() > kMaxFurnitureWords) return false;
    const std::string folded = ascii_lower(text);
    if (folded.starts_with("\xC2\xA9") || folded.starts_with("(c) ")) return true;  // © 2021 ...
    static constexpr std::array<std::string_view, 30> kPhrases = {
        "cookie", "copyright \xC2\xA9", "copyright (c)", "all rights reserved", "terms of use", "terms of service",
        "terms and conditions", "privacy policy", "sign in", "log in", "sign up", "subscribe to our", "our newsletter",
        "be the first to comment", "leave a comment", "sign in to comment", "share this article", "accept all",
        "skip to content", "skip to main content", "advertisement", "contact us",
        // French and German
        "tous droits r\xC3\xA9serv\xC3\xA9s", "droits r\xC3\xA9serv\xC3\xA9s", "alle rechte vorbehalten",
        "impressum", "datenschutz", "mentions l\xC3\xA9gales", "anmelden", "se connecter"};
    for (std::string_view phrase : kPhrases) {
        if (!contains(folded, phrase)) continue;
        // "advertisement", "impressum", "contact us": only as the whole block, not inside a sentence.
        if ((phrase == "advertisement" || phrase == "impressum" || phrase == "datenschutz" || phrase == "contact us" ||
             phrase == "anmelden") &&
            words_of(text, 4).size() > 3)
            continue;
        return true;
    }
    return false;
}

bool is_menu_item(std::string_view text) {
    const std::vector<std::string_view> words = words_of(text, kMaxMenuItemWords + 1);
    if (words.empty() || words.size() > kMaxMenuItemWords || !starts_capitalised(words.front())) return false;
    return std::none_of(text.begin(), text.end(), [](char c) { return c == '.' || c == ',' || c == '!' || c == '?'; });
}

bool is_menu_line(std::string_view text) {
    std::string bars;  // '·' separates items as '|' does
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool middle_dot = text.substr(i).starts_with("\xC2\xB7");
        bars += middle_dot ? '|' : text[i];
        if (middle_dot) ++i;
    }
    std::size_t items = 0;
    std::size_t start = 0;
    while (start <= bars.size()) {
        const std::size_t end = std::min(bars.find('|', start), bars.size());
        std::string_view item = std::string_view(bars).substr(start, end - start);
        while (item.starts_with(' ')) item.remove_prefix(1);
        while (item.ends_with(' ')) item.remove_suffix(1);
        if (!item.empty()) {
            if (!is_menu_item(item)) return false;
            ++items;
        }
        start = end + 1;
    }
    return items >= kMinMenuItems;
}

bool is_capitalised_run(std::string_view text) {
    const std::vector<std::string_view> words = words_of(text);
    if (words.size() < kMinCapitalisedRunWords) return false;
    return std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return starts_capitalised(w) && !is_stop_word(w) &&
               std::none_of(w.begin(), w.end(), [](char c) { return c == '.' || c == ',' || c == ':'; });
    });
}

}  // namespace morgue::readers
