#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// A language morgue knows by name and ISO 639 code, and how its words are stemmed.
struct LanguageInfo {
    std::string_view name;       // canonical English name, stored in the index ("german"); one word
    std::string_view iso639_1;   // "de"
    std::string_view iso639_2t;  // "deu"
    std::string_view iso639_2b;  // "ger", where the bibliographic code differs
    std::string_view aliases;    // other accepted names and codes, space-separated
    std::string_view stemmer;    // Xapian's Snowball stemmer; empty: words are indexed as written
};

// The language `text` names: an ISO 639-1 or 639-2 code or a name, in any case; a region or script
// subtag is ignored ("zh-Hant", "pt_BR"). "none" names the language that is never stemmed.
// nullptr if `text` names no language morgue knows.
const LanguageInfo* find_language(std::string_view text);

// The canonical name of every language find_language knows, "none" first (for shell completion).
std::vector<std::string> language_names();

// For error messages: the forms a language may take and the languages known.
std::string accepted_language_forms();

}  // namespace morgue
