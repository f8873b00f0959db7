#include "readers/html/stop_words.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace morgue::readers::html {
namespace {

// Lower case, sorted at compile time; a word shared by two languages may appear twice.
constexpr auto kStopWords = [] {
    std::array<std::string_view, 266> words{
        // English
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "but",
        "by", "can", "could", "did", "do", "from", "had", "has", "have", "he", "her", "his", "how", "if", "in", "into",
        "is", "it", "its", "last", "more", "most", "not", "of", "on", "one", "or", "other", "our", "out", "over",
        "said", "says", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "to", "two", "under", "up", "was", "we", "were", "what", "when", "where", "which", "while",
        "who", "will", "with", "would", "year", "you",
        // German
        "aber", "als", "am", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des", "die",
        "durch", "ein", "eine", "einem", "einen", "einer", "er", "es", "für", "hat", "hatte", "ich", "im", "ist", "mit",
        "nach", "nicht", "noch", "nur", "oder", "sei", "sich", "sie", "sind", "so", "um", "und", "von", "vor", "war",
        "wie", "wird", "wurde", "zu", "zum", "zur", "über",
        // French
        "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
        "la", "le", "les", "leur", "mais", "ne", "nous", "ont", "ou", "par", "pas", "plus", "pour", "qu", "que", "qui",
        "sa", "se", "ses", "son", "sont", "sur", "un", "une", "été", "être", "à",
        // Spanish, Italian, Portuguese, Dutch
        "al", "con", "como", "del", "el", "era", "fue", "ha", "han", "las", "lo", "los", "na", "no", "os", "para",
        "pero", "por", "se", "su", "sus", "y", "è", "che", "di", "gli", "il", "nel", "non", "per", "si", "sono", "una",
        "uno", "da", "dos", "em", "foi", "um", "uma", "het", "een", "van", "op", "zijn", "niet", "met", "voor", "ook",
        "maar", "bij", "wordt", "werd", "dat", "er", "te", "ze", "hij", "naar", "nog", "om", "tot", "uit", "e", "o",
        "i", "ma", "ed", "anche", "ai", "alla", "della", "le", "dei", "delle", "nella", "sul", "questo", "es", "más",
        "entre", "sobre", "también", "este", "esta", "ya", "muy", "sin", "hasta", "desde", "cuando"};
    std::sort(words.begin(), words.end());
    return words;
}();

bool is_word_byte(unsigned char c) {
    return std::isalnum(c) || c >= 0x80 || c == '\'';
}

std::string lower(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    // The few capitals the lists need: "Über", "À", "É".
    if (out.starts_with("\xC3\x9C")) out.replace(0, 2, "\xC3\xBC");
    if (out.starts_with("\xC3\x80")) out.replace(0, 2, "\xC3\xA0");
    return out;
}

}  // namespace

WordCounts count_words(std::string_view text) {
    WordCounts counts;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
        const std::size_t start = i;
        while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
        if (i == start) break;
        std::string word = lower(text.substr(start, i - start));
        // "l'accord", "qu'il": the elided article counts as the function word it is.
        if (const auto apostrophe = word.find('\''); apostrophe != std::string::npos && apostrophe > 0)
            word.resize(apostrophe);
        ++counts.words;
        if (std::binary_search(kStopWords.begin(), kStopWords.end(), std::string_view(word))) ++counts.stop_words;
    }
    return counts;
}

}  // namespace morgue::readers::html
