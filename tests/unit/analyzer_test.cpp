#include <morgue/analyzer.hpp>
#include <morgue/error.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace morgue {
namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : Analyzer().words(text)) out.push_back(t.word);
    return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("analyzer: words are case-folded and punctuation is not a word") {
    CHECK(words_of("Showers continued, throughout the WEEK!") == Words{"showers", "continued", "throughout", "the", "week"});
    CHECK(words_of("  ...  ") == Words{});
    CHECK(words_of("") == Words{});
}

TEST_CASE("analyzer: abbreviations, hyphens, numbers and apostrophes") {
    // Words with full stops inside are indexed whole and by their parts; a query keeps them whole.
    CHECK(words_of("the U.S. economy") == Words{"the", "u.s", "u", "s", "economy"});
    CHECK(words_of("Vice-President Xi") == Words{"vice", "president", "xi"});
    CHECK(words_of("1,750 dlrs at 5.93 mln") == Words{"1,750", "dlrs", "at", "5.93", "5", "93", "mln"});
    CHECK(words_of("Xi\xE2\x80\x99s visit") == Words{"xi's", "xi", "s", "visit"});  // typeset apostrophe folds to '
}

TEST_CASE("analyzer: diacritics and compatibility forms are normalized, not stripped") {
    CHECK(words_of("CAFÉ Straße") == Words{"café", "strasse"});
    CHECK(words_of("ｆｕｌｌｗｉｄｔｈ") == Words{"fullwidth"});           // NFKC
    CHECK(words_of("e\xCC\x81t\xC3\xA9") == Words{"été"});                  // decomposed é composes
    CHECK(words_of("МОСКВА") == Words{"москва"});
}

TEST_CASE("analyzer: Chinese and Japanese runs become character pairs and characters") {
    CHECK(words_of("北京大学的学生") == Words{"北京", "京大", "大学", "学的", "的学", "学生", "北", "京", "大", "学", "的", "学", "生"});
    const Words japanese = words_of("東京で桜が開花");
    CHECK(std::find(japanese.begin(), japanese.end(), "桜") != japanese.end());
    CHECK(std::find(japanese.begin(), japanese.end(), "東京") != japanese.end());
}

TEST_CASE("analyzer: tokens carry positions and byte offsets into the original text") {
    const std::string text = "Café — naïve 北京";
    const auto tokens = Analyzer().words(text, AnalyzerMode::Query);
    REQUIRE(tokens.size() == 3);
    for (std::size_t i = 0; i < tokens.size(); ++i) CHECK(tokens[i].position == i);
    CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Café");
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "naïve");
    CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "北京");
}

TEST_CASE("analyzer: the parts of a dotted word share its position and point into the text") {
    const std::string text = "Shr 2.77 Dlrs vs <DOLR.O>";
    const auto tokens = Analyzer().words(text);
    REQUIRE(tokens.size() == 9);
    CHECK(tokens[1].word == "2.77");
    CHECK(!tokens[1].part);
    for (std::size_t i : {std::size_t{2}, std::size_t{3}}) {
        CHECK(tokens[i].part);
        CHECK(tokens[i].position == tokens[1].position);
    }
    CHECK(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin) == "77");
    CHECK(tokens[4].word == "dlrs");
    CHECK(tokens[4].position == tokens[1].position + 1);
    CHECK(tokens[7].word == "dolr");
    CHECK(tokens[8].word == "o");

    const auto query = Analyzer().words(text, AnalyzerMode::Query);
    CHECK(query.size() == 5);
    CHECK(query[1].word == "2.77");
}

TEST_CASE("analyzer: over-long words are dropped but keep their position") {
    const std::string text = "before " + std::string(Analyzer::kMaxWordBytes + 1, 'x') + " after";
    const auto tokens = Analyzer().words(text);
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].word == "before");
    CHECK(tokens[1].position == 2);
}

TEST_CASE("analyzer: stemming per language") {
    Analyzer analyzer;
    CHECK(analyzer.stem("vowed", "english") == "vow");
    CHECK(analyzer.stem("interests", "english") == "interest");
    CHECK(analyzer.stem("xi's", "english") == "xi");
    CHECK(analyzer.stem("волге", "russian") == analyzer.stem("волга", "russian"));
    CHECK(analyzer.stem("maisons", "french") == "maison");
    CHECK(analyzer.stem("running", "none") == "running");
}

TEST_CASE("analyzer: language names") {
    CHECK(Analyzer::canonical_language("en") == "english");
    CHECK(Analyzer::canonical_language("french") == "french");
    CHECK(Analyzer::canonical_language("zh") == "chinese");
    CHECK_THROWS_WITH_AS(Analyzer::canonical_language("klingon"), doctest::Contains("unknown language 'klingon'"), Error);
}

}  // namespace morgue
