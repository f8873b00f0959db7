#include <morgue/article_json.hpp>
#include <morgue/schema.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace morgue {
namespace {

Article full_article() {
    Article article;
    article.id = "reut-17-12345";
    article.headline = "Cocoa \"bulls\" return";
    article.byline = {"Janie Gabbett", "Élodie Lefèvre"};
    article.source = "Reuters";
    article.date = DateTime{2010, 3, 26, 7, 43, 0, true};
    article.dateline = "SALVADOR";
    article.section = "Commodities";
    article.body = "Line one.\nLine two: 東京, Straße, Москва.\t\\ end";
    article.topics = {"cocoa", "coffee"};
    article.places = {"el-salvador"};
    article.language = "english";
    return article;
}

std::string error_of(std::string_view line) {
    try {
        article_from_json_line(line);
    } catch (const Error& error) {
        return error.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("article_json: a full article survives a round trip through one JSON line") {
    const Article article = full_article();
    const std::string line = to_json_line(article);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(article_from_json_line(line) == article);

    Article day_only = article;
    day_only.date = DateTime{1987, 2, 26};
    CHECK(article_from_json_line(to_json_line(day_only)) == day_only);
}

TEST_CASE("article_json: to_json_line writes every field in the documented order") {
    CHECK(to_json_line(full_article()) ==
          R"({"id":"reut-17-12345","headline":"Cocoa \"bulls\" return","byline":["Janie Gabbett","Élodie Lefèvre"],)"
          R"("source":"Reuters","date":"2010-03-26T07:43:00Z","dateline":"SALVADOR","section":"Commodities",)"
          R"("body":"Line one.\nLine two: 東京, Straße, Москва.\t\\ end","topics":["cocoa","coffee"],)"
          R"("places":["el-salvador"],"lang":"english"})");
}

TEST_CASE("article_json: unknown date is null and empty lists and language are left out") {
    Article article;
    article.id = "7";
    CHECK(to_json_line(article) ==
          R"({"id":"7","headline":"","byline":[],"source":"","date":null,"dateline":"","section":"","body":""})");
    CHECK(article_from_json_line(to_json_line(article)) == article);
}

TEST_CASE("article_json: the JSON keys are the schema's field names, lists in the plural") {
    const nlohmann::json json = full_article();
    for (const FieldSpec& field : schema_fields()) {
        const std::string name(field.name);
        INFO("schema field ", name);
        CHECK((json.contains(name) || json.contains(name + "s")));
    }
    CHECK(json.contains("topics"));
    CHECK(json.contains("places"));
    CHECK(json.contains("lang"));
}

TEST_CASE("article_json: the ADL hooks let nlohmann convert both ways") {
    const Article article = full_article();
    const nlohmann::json json = article;
    CHECK(json.at("date") == "2010-03-26T07:43:00Z");
    CHECK(json.at("byline") == nlohmann::json::array({"Janie Gabbett", "Élodie Lefèvre"}));
    CHECK(json.get<Article>() == article);
}

TEST_CASE("article_json: id may be an integer") {
    CHECK(article_from_json_line(R"({"id": 1002})").id == "1002");
    CHECK(article_from_json_line(R"({"id": 18446744073709551615})").id == "18446744073709551615");
    CHECK(article_from_json_line(R"({"id": "0042"})").id == "0042");
}

TEST_CASE("article_json: a byline string is split into names and may supply the source") {
    Article article = article_from_json_line(R"({"id": "1", "byline": "Cai Xiao and Hu Haiyan"})");
    CHECK(article.byline == std::vector<std::string>{"Cai Xiao", "Hu Haiyan"});
    CHECK(article.source.empty());

    article = article_from_json_line(R"({"id": "1", "byline": "By Janie Gabbett, Reuters"})");
    CHECK(article.byline == std::vector<std::string>{"Janie Gabbett"});
    CHECK(article.source == "Reuters");

    // An explicit source is never overridden, wherever it comes in the object.
    article = article_from_json_line(R"({"id": "1", "byline": "By Janie Gabbett, Reuters", "source": "Morgue Wire"})");
    CHECK(article.byline == std::vector<std::string>{"Janie Gabbett"});
    CHECK(article.source == "Morgue Wire");

    // A list is taken as names, as written.
    article = article_from_json_line(R"({"id": "1", "byline": ["By Someone, Reuters"]})");
    CHECK(article.byline == std::vector<std::string>{"By Someone, Reuters"});
    CHECK(article.source.empty());
}

TEST_CASE("article_json: aliases stand in for absent canonical keys") {
    const Article article = article_from_json_line(
        R"({"id": "a", "title": "T", "author": "Jürgen Weiß", "published": "2011-06-14", "text": "B",)"
        R"( "topic": "cocoa", "place": "france", "language": "french"})");
    CHECK(article.headline == "T");
    CHECK(article.byline == std::vector<std::string>{"Jürgen Weiß"});
    CHECK(article.date == DateTime{2011, 6, 14});
    CHECK(article.body == "B");
    CHECK(article.topics == std::vector<std::string>{"cocoa"});
    CHECK(article.places == std::vector<std::string>{"france"});
    CHECK(article.language == "french");

    const Article other = article_from_json_line(
        R"({"id": "b", "authors": ["A One", "B Two"], "timestamp": 0, "content": "C", "topics": "wheat"})");
    CHECK(other.byline == std::vector<std::string>{"A One", "B Two"});
    CHECK(other.date == DateTime{1970, 1, 1, 0, 0, 0, true});
    CHECK(other.body == "C");
    CHECK(other.topics == std::vector<std::string>{"wheat"});
}

TEST_CASE("article_json: a canonical key wins over its aliases") {
    const Article article = article_from_json_line(
        R"({"id": "a", "title": "alias", "headline": "canonical", "content": "second alias", "text": "first alias"})");
    CHECK(article.headline == "canonical");
    CHECK(article.body == "first alias");
}

TEST_CASE("article_json: dates in any form parse_date reads, or Unix seconds") {
    auto date_of = [](const std::string& value) { return article_from_json_line(R"({"id": "1", "date": )" + value + "}").date; };
    CHECK(date_of(R"("2010-03-26")") == DateTime{2010, 3, 26});
    CHECK(date_of(R"("2010-03-26T07:43:00Z")") == DateTime{2010, 3, 26, 7, 43, 0, true});
    CHECK(date_of(R"("26-FEB-1987 15:01:01.79")") == DateTime{1987, 2, 26, 15, 1, 1, true});
    CHECK(date_of(R"("Fri, 26 Mar 2010 15:43:00 +0800")") == DateTime{2010, 3, 26, 7, 43, 0, true});
    CHECK(date_of("1269589380") == DateTime{2010, 3, 26, 7, 43, 0, true});
    CHECK(date_of("1269589380.75") == DateTime{2010, 3, 26, 7, 43, 0, true});
    CHECK(date_of("-86400") == DateTime{1969, 12, 31, 0, 0, 0, true});
    CHECK(date_of("null") == std::nullopt);
    CHECK(date_of(R"("")") == std::nullopt);
    CHECK(date_of(R"("  ")") == std::nullopt);
}

TEST_CASE("article_json: null means absent and unknown keys are ignored") {
    const Article article = article_from_json_line(
        R"({"id": "x", "headline": null, "title": "from alias", "byline": null, "source": null, "date": null,)"
        R"( "body": null, "topics": null, "lang": null, "url": "http://example.com", "extra": {"a": [1, 2]}})");
    Article expected;
    expected.id = "x";
    expected.headline = "from alias";
    CHECK(article == expected);
}

TEST_CASE("article_json: a missing or empty id is an error") {
    CHECK(error_of(R"({"headline": "no id"})") == "missing 'id'");
    CHECK(error_of(R"({"id": null})") == "missing 'id'");
    CHECK(error_of(R"({"id": ""})") == "missing 'id'");
    CHECK(error_of(R"({})") == "missing 'id'");
}

TEST_CASE("article_json: wrong types name the field") {
    CHECK(error_of(R"({"id": 1.5})") == "field 'id': expected a string or an integer, got 1.5");
    CHECK(error_of(R"({"id": ["a"]})") == R"(field 'id': expected a string or an integer, got ["a"])");
    CHECK(error_of(R"({"id": "1", "headline": 12})") == "field 'headline': expected a string, got a number");
    CHECK(error_of(R"({"id": "1", "title": true})") == "field 'title': expected a string, got a boolean");
    CHECK(error_of(R"({"id": "1", "source": {}})") == "field 'source': expected a string, got an object");
    CHECK(error_of(R"({"id": "1", "dateline": []})") == "field 'dateline': expected a string, got an array");
    CHECK(error_of(R"({"id": "1", "section": 3})") == "field 'section': expected a string, got a number");
    CHECK(error_of(R"({"id": "1", "content": 3})") == "field 'content': expected a string, got a number");
    CHECK(error_of(R"({"id": "1", "lang": 3})") == "field 'lang': expected a string, got a number");
    CHECK(error_of(R"({"id": "1", "byline": {"name": "x"}})") ==
          "field 'byline': expected a string or an array of strings, got an object");
    CHECK(error_of(R"({"id": "1", "byline": ["A", 2]})") == "field 'byline[1]': expected a string, got a number");
    CHECK(error_of(R"({"id": "1", "topics": 5})") == "field 'topics': expected a string or an array of strings, got a number");
    CHECK(error_of(R"({"id": "1", "place": [null]})") == "field 'place[0]': expected a string, got null");
}

TEST_CASE("article_json: dates that are not dates are errors") {
    CHECK(error_of(R"({"id": "1", "date": "2010-13-45"})") == R"(field 'date': "2010-13-45" is not a date)");
    CHECK(error_of(R"({"id": "1", "published": "yesterday"})") == R"(field 'published': "yesterday" is not a date)");
    CHECK(error_of(R"({"id": "1", "date": true})") == "field 'date': expected a date string or a Unix time, got a boolean");
    CHECK(error_of(R"({"id": "1", "timestamp": 1269589380000})") ==
          "field 'timestamp': 1269589380000 is out of range for a Unix time in seconds");
    CHECK(error_of(R"({"id": "1", "date": -1e300})") ==
          "field 'date': -1e+300 is out of range for a Unix time in seconds");
    // Long values are cut so the message stays one short line.
    CHECK(error_of(R"({"id": "1", "date": ")" + std::string(100, 'x') + "\"}") ==
          "field 'date': \"" + std::string(59, 'x') + "\xE2\x80\xA6 is not a date");
}

TEST_CASE("article_json: text that is not a JSON object is an error") {
    CHECK(error_of(R"(["id", "1"])") == "expected a JSON object, got an array");
    CHECK(error_of("42") == "expected a JSON object, got a number");
    CHECK(error_of(R"({"id": x})") == "invalid JSON at column 8: syntax error while parsing value - invalid literal; last read: '\"id\": x'");
    CHECK(error_of(R"({"id": "1"} {)") ==
          "invalid JSON at column 13: syntax error while parsing value - unexpected '{'; expected end of input");
    CHECK(error_of(R"({"id": "1")") ==
          "invalid JSON at column 11: syntax error while parsing object - unexpected end of input; expected '}'");

    // Found by fuzzing: nlohmann reports a number too large for a double as out_of_range, not parse_error.
    CHECK(error_of(R"({"id": "1", "date": 1e999})") == "invalid JSON at column 21: number overflow parsing '1e999'");
    CHECK(error_of("[-1e400]") == "invalid JSON at column 2: number overflow parsing '-1e400'");

    try {
        article_from_json_line(R"({"id": x})");
        FAIL("no exception");
    } catch (const JsonSyntaxError& error) {
        CHECK(error.offset() == 7);
        CHECK(error.detail() == "syntax error while parsing value - invalid literal; last read: '\"id\": x'");
    }
}

}  // namespace morgue
