#include <morgue/language.hpp>

#include <morgue/ascii.hpp>

#include <algorithm>
#include <array>

namespace morgue {
namespace {

// Snowball stems the first group (Xapian 1.4 ships these stemmers); the others are recorded as
// their language and indexed unstemmed. German uses german2, which also folds the umlaut
// spellings ae, oe, ue ("fuer" = "für"), as German is often typed without umlauts.
constexpr std::array kLanguages = {
    LanguageInfo{"none", "", "", "", "", ""},
    LanguageInfo{"arabic", "ar", "ara", "", "", "arabic"},
    LanguageInfo{"armenian", "hy", "hye", "arm", "", "armenian"},
    LanguageInfo{"basque", "eu", "eus", "baq", "", "basque"},
    LanguageInfo{"catalan", "ca", "cat", "", "", "catalan"},
    LanguageInfo{"danish", "da", "dan", "", "", "danish"},
    LanguageInfo{"dutch", "nl", "nld", "dut", "flemish", "dutch"},
    LanguageInfo{"english", "en", "eng", "", "", "english"},
    LanguageInfo{"finnish", "fi", "fin", "", "", "finnish"},
    LanguageInfo{"french", "fr", "fra", "fre", "", "french"},
    LanguageInfo{"german", "de", "deu", "ger", "", "german2"},
    LanguageInfo{"hungarian", "hu", "hun", "", "", "hungarian"},
    LanguageInfo{"indonesian", "id", "ind", "", "in", "indonesian"},
    LanguageInfo{"irish", "ga", "gle", "", "", "irish"},
    LanguageInfo{"italian", "it", "ita", "", "", "italian"},
    LanguageInfo{"lithuanian", "lt", "lit", "", "", "lithuanian"},
    LanguageInfo{"nepali", "ne", "nep", "", "", "nepali"},
    LanguageInfo{"norwegian", "no", "nor", "", "nb nob bokmal nn nno nynorsk", "norwegian"},
    LanguageInfo{"portuguese", "pt", "por", "", "", "portuguese"},
    LanguageInfo{"romanian", "ro", "ron", "rum", "mo moldavian", "romanian"},
    LanguageInfo{"russian", "ru", "rus", "", "", "russian"},
    LanguageInfo{"spanish", "es", "spa", "", "castilian", "spanish"},
    LanguageInfo{"swedish", "sv", "swe", "", "", "swedish"},
    LanguageInfo{"tamil", "ta", "tam", "", "", "tamil"},
    LanguageInfo{"turkish", "tr", "tur", "", "", "turkish"},

    LanguageInfo{"afrikaans", "af", "afr", "", "", ""},
    LanguageInfo{"albanian", "sq", "sqi", "alb", "", ""},
    LanguageInfo{"amharic", "am", "amh", "", "", ""},
    LanguageInfo{"azerbaijani", "az", "aze", "", "", ""},
    LanguageInfo{"belarusian", "be", "bel", "", "", ""},
    LanguageInfo{"bengali", "bn", "ben", "", "bangla", ""},
    LanguageInfo{"bosnian", "bs", "bos", "", "", ""},
    LanguageInfo{"bulgarian", "bg", "bul", "", "", ""},
    LanguageInfo{"burmese", "my", "mya", "bur", "", ""},
    LanguageInfo{"chinese", "zh", "zho", "chi", "", ""},
    LanguageInfo{"croatian", "hr", "hrv", "", "", ""},
    LanguageInfo{"czech", "cs", "ces", "cze", "", ""},
    LanguageInfo{"esperanto", "eo", "epo", "", "", ""},
    LanguageInfo{"estonian", "et", "est", "", "", ""},
    LanguageInfo{"faroese", "fo", "fao", "", "", ""},
    LanguageInfo{"galician", "gl", "glg", "", "", ""},
    LanguageInfo{"georgian", "ka", "kat", "geo", "", ""},
    LanguageInfo{"greek", "el", "ell", "gre", "", ""},
    LanguageInfo{"gujarati", "gu", "guj", "", "", ""},
    LanguageInfo{"hausa", "ha", "hau", "", "", ""},
    LanguageInfo{"hebrew", "he", "heb", "", "iw", ""},
    LanguageInfo{"hindi", "hi", "hin", "", "", ""},
    LanguageInfo{"icelandic", "is", "isl", "ice", "", ""},
    LanguageInfo{"japanese", "ja", "jpn", "", "", ""},
    LanguageInfo{"kannada", "kn", "kan", "", "", ""},
    LanguageInfo{"kazakh", "kk", "kaz", "", "", ""},
    LanguageInfo{"khmer", "km", "khm", "", "", ""},
    LanguageInfo{"korean", "ko", "kor", "", "", ""},
    LanguageInfo{"lao", "lo", "lao", "", "", ""},
    LanguageInfo{"latin", "la", "lat", "", "", ""},
    LanguageInfo{"latvian", "lv", "lav", "", "", ""},
    LanguageInfo{"luxembourgish", "lb", "ltz", "", "", ""},
    LanguageInfo{"macedonian", "mk", "mkd", "mac", "", ""},
    LanguageInfo{"malay", "ms", "msa", "may", "", ""},
    LanguageInfo{"malayalam", "ml", "mal", "", "", ""},
    LanguageInfo{"maltese", "mt", "mlt", "", "", ""},
    LanguageInfo{"marathi", "mr", "mar", "", "", ""},
    LanguageInfo{"mongolian", "mn", "mon", "", "", ""},
    LanguageInfo{"persian", "fa", "fas", "per", "farsi", ""},
    LanguageInfo{"polish", "pl", "pol", "", "", ""},
    LanguageInfo{"punjabi", "pa", "pan", "", "panjabi", ""},
    LanguageInfo{"serbian", "sr", "srp", "", "", ""},
    LanguageInfo{"sinhala", "si", "sin", "", "sinhalese", ""},
    LanguageInfo{"slovak", "sk", "slk", "slo", "", ""},
    LanguageInfo{"slovenian", "sl", "slv", "", "slovene", ""},
    LanguageInfo{"somali", "so", "som", "", "", ""},
    LanguageInfo{"swahili", "sw", "swa", "", "", ""},
    LanguageInfo{"tagalog", "tl", "tgl", "", "fil filipino", ""},
    LanguageInfo{"telugu", "te", "tel", "", "", ""},
    LanguageInfo{"thai", "th", "tha", "", "", ""},
    LanguageInfo{"ukrainian", "uk", "ukr", "", "", ""},
    LanguageInfo{"urdu", "ur", "urd", "", "", ""},
    LanguageInfo{"uzbek", "uz", "uzb", "", "", ""},
    LanguageInfo{"vietnamese", "vi", "vie", "", "", ""},
    LanguageInfo{"welsh", "cy", "cym", "wel", "", ""},
    LanguageInfo{"yoruba", "yo", "yor", "", "", ""},
};

bool has_alias(std::string_view aliases, std::string_view wanted) {
    while (!aliases.empty()) {
        const auto space = aliases.find(' ');
        if (aliases.substr(0, space) == wanted) return true;
        if (space == std::string_view::npos) break;
        aliases.remove_prefix(space + 1);
    }
    return false;
}

}  // namespace

const LanguageInfo* find_language(std::string_view text) {
    std::string wanted = ascii_lower(text);
    // BCP 47 and POSIX locales qualify a language: "zh-Hant", "pt_BR", "en-US".
    if (const auto cut = wanted.find_first_of("-_"); cut != std::string::npos && cut >= 2) wanted.resize(cut);
    if (wanted.empty()) return nullptr;
    for (const LanguageInfo& language : kLanguages) {
        if (wanted == language.name || wanted == language.iso639_1 || wanted == language.iso639_2t ||
            wanted == language.iso639_2b || has_alias(language.aliases, wanted))
            return &language;
    }
    return nullptr;
}

std::vector<std::string> language_names() {
    std::vector<std::string> names;
    for (const LanguageInfo& language : kLanguages) names.emplace_back(language.name);
    return names;
}

std::string accepted_language_forms() {
    std::string out = "an ISO 639-1 or 639-2 code or an English name (de, deu, ger or german), or none; known:";
    for (const LanguageInfo& language : kLanguages) {
        if (language.name == "none") continue;
        out += ' ';
        out += language.name;
        out += " (";
        out += language.iso639_1;
        out += ')';
    }
    return out;
}

}  // namespace morgue
