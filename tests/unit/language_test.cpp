#include <morgue/analyzer.hpp>
#include <morgue/error.hpp>
#include <morgue/language.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace morgue {

TEST_CASE("language: ISO 639-1 and 639-2 codes and names, in any case, name one language") {
    for (const char* form : {"de", "deu", "ger", "german", "German", "GERMAN", "de-AT", "de_CH"})
        CHECK(Analyzer::canonical_language(form) == "german");
    for (const char* form : {"zh", "zho", "chi", "chinese", "Chinese", "zh-Hant", "zh-Hans"})
        CHECK(Analyzer::canonical_language(form) == "chinese");
    for (const char* form : {"fr", "fra", "fre", "French"}) CHECK(Analyzer::canonical_language(form) == "french");
    for (const char* form : {"ja", "jpn", "japanese"}) CHECK(Analyzer::canonical_language(form) == "japanese");
    for (const char* form : {"ru", "rus", "russian"}) CHECK(Analyzer::canonical_language(form) == "russian");
    for (const char* form : {"nl", "nld", "dut", "dutch"}) CHECK(Analyzer::canonical_language(form) == "dutch");
    for (const char* form : {"en", "eng", "english"}) CHECK(Analyzer::canonical_language(form) == "english");
    for (const char* form : {"nb", "nob", "no", "norwegian"}) CHECK(Analyzer::canonical_language(form) == "norwegian");
    CHECK(Analyzer::canonical_language("none") == "none");
}

TEST_CASE("language: an unknown language is an error listing the accepted forms, not 'none'") {
    for (const char* unknown : {"klingon", "xx", "", "-", "german2", "english "}) {
        CAPTURE(unknown);
        CHECK(find_language(unknown) == nullptr);
        CHECK_THROWS_AS(Analyzer::canonical_language(unknown), Error);
    }
    CHECK_THROWS_WITH_AS(Analyzer::canonical_language("klingon"),
                         doctest::Contains("unknown language 'klingon': give an ISO 639-1 or 639-2 code or an English name "
                                           "(de, deu, ger or german)"),
                         Error);
    CHECK(accepted_language_forms().find("german (de)") != std::string::npos);
    CHECK(accepted_language_forms().find("chinese (zh)") != std::string::npos);
}

TEST_CASE("language: every known language has one-word names and distinct codes") {
    for (const char* name : {"english", "german", "chinese", "japanese", "korean", "thai", "greek", "polish"}) {
        const LanguageInfo* language = find_language(name);
        REQUIRE(language != nullptr);
        CHECK(language->name == name);
        CHECK(find_language(language->iso639_1) == language);
        CHECK(find_language(language->iso639_2t) == language);
        CHECK(language->name.find(' ') == std::string_view::npos);  // stored space-separated in the database
    }
}

TEST_CASE("language: language_names lists every language by its canonical name, as --lang completion offers them") {
    const std::vector<std::string> names = language_names();
    CHECK(names.front() == "none");
    CHECK(std::find(names.begin(), names.end(), "german") != names.end());
    for (const std::string& name : names) {
        const LanguageInfo* language = find_language(name);
        REQUIRE(language != nullptr);
        CHECK(language->name == name);
    }
}

TEST_CASE("language: languages Snowball cannot stem are kept, with words unchanged") {
    Analyzer analyzer;
    CHECK(Analyzer::canonical_language("ko") == "korean");
    CHECK(analyzer.stem("北京", "chinese") == "北京");
    CHECK(analyzer.stem("ニュース", "japanese") == "ニュース");
    CHECK(analyzer.stem("words", "polish") == "words");   // no Polish stemmer in Xapian 1.4
    CHECK(analyzer.stem("running", "english") == "run");
}

TEST_CASE("language: German is stemmed with german2, so umlauts and their ae/oe/ue spellings meet") {
    Analyzer analyzer;
    auto same = [&](const char* a, const char* b) {
        return analyzer.stem(analyzer.fold(a), "german") == analyzer.stem(analyzer.fold(b), "german");
    };
    CHECK(same("Österreich", "Oesterreich"));
    CHECK(same("für", "fuer"));
    CHECK(same("Häuser", "Haeuser"));
    CHECK(same("schön", "schoen"));
    CHECK(same("Straße", "Strasse"));
    CHECK(same("Zürich", "Zuerich"));
    CHECK_FALSE(same("Haus", "Hose"));
    // 'ue' after q is no umlaut: "Quelle" keeps its u.
    CHECK(analyzer.stem("quelle", "german") == "quell");
    CHECK(Analyzer::description().find("german2") != std::string::npos);
}

}  // namespace morgue
