#include "language_detector.hpp"

#include <morgue/article_json.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <string>

namespace morgue {

TEST_CASE("language_detector: CLD2 names the language of invented paragraphs in ten languages") {
    // Each id ends with the expected language; "default" marks text too short to tell.
    std::ifstream file(MORGUE_SOURCE_DIR "/corpora/languages/detect.jsonl");
    REQUIRE(file);
    std::map<std::string, int> detected_right;
    int articles = 0;
    for (std::string line; std::getline(file, line);) {
        const auto json = nlohmann::json::parse(line);
        Article article;
        article.id = json["id"].get<std::string>();
        article.headline = json["headline"].get<std::string>();
        article.body = json["body"].get<std::string>();
        const std::string expected = article.id.substr(article.id.rfind('-') + 1);
        const std::optional<std::string> detected = detect_language(article);
        CAPTURE(article.id);
        if (expected == "default") {
            CHECK_FALSE(detected.has_value());
        } else {
            REQUIRE(detected.has_value());
            CHECK(*detected == expected);
            if (*detected == expected) ++detected_right[expected];
        }
        ++articles;
    }
    CHECK(articles == 19);
    CHECK(detected_right.size() == 10);  // english german french spanish russian italian chinese japanese portuguese dutch
}

TEST_CASE("language_detector: too little text or no words is unsure") {
    Article article;
    CHECK_FALSE(detect_language(article).has_value());
    article.headline = "Oil";
    CHECK_FALSE(detect_language(article).has_value());
    article.headline = "1987 12.5 7.1 -- 3/4";
    CHECK_FALSE(detect_language(article).has_value());
}

TEST_CASE("language_detector: a long body is read only in part, never cut inside a character") {
    Article article;
    article.headline = "Москва";
    std::string body;
    while (body.size() < 3 * kMaxDetectedBytes) body += "В Москве в ночь на пятницу выпал первый снег, и городские службы вывели технику. ";
    article.body = body;
    CHECK(detect_language(article) == std::optional<std::string>("russian"));
    for (std::size_t shift = 0; shift < 4; ++shift) {  // every cut position in a 2-byte character
        article.body = std::string(shift, 'x') + body;
        CHECK(detect_language(article) == std::optional<std::string>("russian"));
    }
}

}  // namespace morgue

namespace morgue {

TEST_CASE("language_detector: English news full of foreign names stays with the default") {
    // CLD2's own summary calls such text German, Italian or Portuguese; morgue takes a language only
    // where it holds most of the text.
    Article article;
    article.headline = "OESTERREICHISCHE ELEKTRIZITAETSWIRTSCHAFT SETS SFR BOND";
    article.body = "Oesterreichische Elektrizitaetswirtschafts AG of Vienna is launching a 100 mln Swiss franc 5-1/4 pct "
                   "bond priced at 100-1/2, lead manager Schweizerische Bankgesellschaft said.";
    CHECK(detect_language(article).value_or("unsure") != "german");
    article.headline = "BANCO DI NAPOLI LAUNCHES CD PROGRAM";
    article.body = "Banco di Napoli Cassa di Risparmio is launching a 200 mln dlr euro-certificate of deposit program, "
                   "arranged by Banca Nazionale del Lavoro, the bank said.";
    CHECK(detect_language(article).value_or("unsure") == "english");
    article.headline = "SAO PAULO - CAFE DO BRASIL";  // a headline alone: too short to tell
    article.body.clear();
    CHECK_FALSE(detect_language(article).has_value());
}

}  // namespace morgue
