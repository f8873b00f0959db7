#include <morgue/analyzer.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace morgue {
namespace {

struct Seen {
    std::string word;
    std::uint32_t position;
    std::string text;  // the bytes the token covers in the analyzed text
    bool bigram;
    bool operator==(const Seen&) const = default;
};

std::vector<Seen> seen(std::string_view text, AnalyzerMode mode) {
    std::vector<Seen> out;
    for (const Token& t : Analyzer().words(text, mode))
        out.push_back({t.word, t.position, std::string(text.substr(t.begin, t.end - t.begin)), t.bigram});
    return out;
}

}  // namespace

TEST_CASE("cjk: a document run gives its pairs, then its characters, one position per character") {
    CHECK(seen("北京市", AnalyzerMode::Document) == std::vector<Seen>{{"北京", 0, "北京", true},
                                                                      {"京市", 1, "京市", true},
                                                                      {"北", 0, "北", false},
                                                                      {"京", 1, "京", false},
                                                                      {"市", 2, "市", false}});
}

TEST_CASE("cjk: a query word is the phrase of its pairs; one character stays a character") {
    CHECK(seen("北京", AnalyzerMode::Query) == std::vector<Seen>{{"北京", 0, "北京", true}});
    CHECK(seen("大学生", AnalyzerMode::Query) == std::vector<Seen>{{"大学", 0, "大学", true}, {"学生", 1, "学生", true}});
    CHECK(seen("桜", AnalyzerMode::Query) == std::vector<Seen>{{"桜", 0, "桜", false}});
    CHECK(seen("桜", AnalyzerMode::Document) == std::vector<Seen>{{"桜", 0, "桜", false}});
}

TEST_CASE("cjk: punctuation, spaces and other scripts end a run; positions go on after it") {
    const auto tokens = seen("上海，Tesla 工厂", AnalyzerMode::Query);
    CHECK(tokens == std::vector<Seen>{{"上海", 0, "上海", true}, {"tesla", 2, "Tesla", false}, {"工厂", 3, "工厂", true}});
    // No pair across the comma: 海， is not a word of the text.
    for (const auto& t : seen("上海，北京", AnalyzerMode::Document)) CHECK(t.word != "海北");
}

TEST_CASE("cjk: kana, Hangul and marks belong to the run; folding keeps byte offsets of the original") {
    const auto japanese = seen("ニュース", AnalyzerMode::Query);
    REQUIRE(japanese.size() == 3);  // ー is a kana mark, part of the run
    CHECK(japanese[1].word == "ュー");
    const auto korean = seen("서울시", AnalyzerMode::Query);
    CHECK(korean == std::vector<Seen>{{"서울", 0, "서울", true}, {"울시", 1, "울시", true}});
    // Half-width katakana fold to full width; the voicing mark stays with its character.
    const auto halfwidth = seen("ｶﾞｽ", AnalyzerMode::Query);
    REQUIRE(halfwidth.size() == 1);
    CHECK(halfwidth[0].word == "ガス");
    CHECK(halfwidth[0].text == "ｶﾞｽ");
}

TEST_CASE("cjk: a run without punctuation is cut, so its buffer stays bounded") {
    std::string text;
    for (std::size_t i = 0; i < 3000; ++i) text += "中";
    const auto tokens = Analyzer().words(text);
    std::size_t pairs = 0, characters = 0;
    std::uint32_t last_position = 0;
    for (const Token& t : tokens) {
        (t.bigram ? pairs : characters) += 1;
        last_position = std::max(last_position, t.position);
    }
    CHECK(characters == 3000);
    CHECK(pairs == 3000 - 3);  // runs of 1024, 1024 and 952 characters: no pair across a cut
    CHECK(last_position == 2999);
}

TEST_CASE("cjk: a character piled with marks stays a short word (found by fuzzing)") {
    std::string text;
    for (int c = 0; c < 2; ++c) {
        text += "\xEF\xBD\xB5";                                  // half-width katakana O
        for (int m = 0; m < 40; ++m) text += "\xEF\xBE\x9E";     // half-width voiced sound mark
    }
    const auto tokens = Analyzer().words(text);
    REQUIRE(tokens.size() == 3);  // one pair, two characters
    for (const Token& token : tokens) CHECK(token.word.size() <= (token.bigram ? 2 : 1) * Analyzer::kMaxWordBytes);
    CHECK(tokens[2].end == text.size());  // the marks are covered, though left out of the word
}

}  // namespace morgue
