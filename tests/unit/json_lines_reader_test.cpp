#include "readers/json_lines_reader.hpp"

#include <morgue/error.hpp>

#include "read_result.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace morgue::readers {
namespace {

ReadResult read(std::string text) { return read_with(read_json_lines, SourceText{"in.jsonl", std::move(text)}); }

std::vector<std::string> ids(const ReadResult& result) {
    std::vector<std::string> out;
    for (const auto& article : result.articles) out.push_back(article.id);
    return out;
}

using Lines = std::vector<std::size_t>;
using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("json_lines: a bad line is reported and the lines around it are read") {
    const std::string line1 = R"({"id": "a", "headline": "First"})";
    const std::string line2 = R"({"id": "b", "date": "2010-13-45"})";
    const std::string line3 = R"({"id": "c", "headline": "Third"})";
    const ReadResult result = read(line1 + "\n" + line2 + "\n" + line3 + "\n");
    CHECK(ids(result) == Ids{"a", "c"});
    CHECK(result.lines == Lines{1, 3});
    CHECK(result.articles[1].headline == "Third");
    REQUIRE(result.problems.size() == 1);
    const ReadProblem& problem = result.problems[0];
    CHECK(problem.path == "in.jsonl");
    CHECK(problem.line == 2);
    CHECK(problem.byte_offset == line1.size() + 1);
    CHECK(problem.reason == R"(field 'date': "2010-13-45" is not a date)");
    CHECK(problem.severity == ReadProblem::Severity::ArticleSkipped);
    CHECK(problem.to_string() == "in.jsonl:2 (byte 33): field 'date': \"2010-13-45\" is not a date");
}

TEST_CASE("json_lines: every kind of broken line is reported with its reason") {
    const ReadResult result = read(
        "{\"id\": 1}\n"          // line 1, bytes 0..9
        "{\"id\": x}\n"          // line 2, starts at byte 10: invalid JSON
        "[1, 2]\n"               // line 3, starts at byte 20: not an object
        "{\"headline\": \"h\"}\n"  // line 4, starts at byte 27: no id
        "{\"id\": 5}");          // line 5, no final newline
    CHECK(ids(result) == Ids{"1", "5"});
    CHECK(result.lines == Lines{1, 5});
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].line == 2);
    CHECK(result.problems[0].byte_offset == 17);  // the 'x' itself
    CHECK(result.problems[0].reason ==
          "invalid JSON at column 8: syntax error while parsing value - invalid literal; last read: '\"id\": x'");
    CHECK(result.problems[1].line == 3);
    CHECK(result.problems[1].byte_offset == 20);
    CHECK(result.problems[1].reason == "expected a JSON object, got an array");
    CHECK(result.problems[2].line == 4);
    CHECK(result.problems[2].byte_offset == 27);
    CHECK(result.problems[2].reason == "missing 'id'");
}

TEST_CASE("json_lines: blank lines are skipped but still counted") {
    const ReadResult result = read("\n   \n{\"id\": \"a\"}\n\t\n\n{\"id\": \"b\"}\n\n");
    CHECK(ids(result) == Ids{"a", "b"});
    CHECK(result.lines == Lines{3, 6});
    CHECK(result.problems.empty());
    CHECK(read("").articles.empty());
    CHECK(read("").problems.empty());
    CHECK(read("\n\n").problems.empty());
}

TEST_CASE("json_lines: a UTF-8 byte order mark and CRLF line ends are accepted") {
    const ReadResult result = read("\xEF\xBB\xBF{\"id\": \"a\", \"body\": \"one\"}\r\n\r\n{\"id\": \"b\", \"body\": \"two\"}\r\n");
    CHECK(ids(result) == Ids{"a", "b"});
    CHECK(result.lines == Lines{1, 3});
    CHECK(result.articles[0].body == "one");
    CHECK(result.articles[1].body == "two");
    CHECK(result.problems.empty());

    const ReadResult bad = read("\xEF\xBB\xBF{\"id\": x}\r\n");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].line == 1);
    CHECK(bad.problems[0].byte_offset == 10);  // offsets count the BOM: they are offsets in the file
}

TEST_CASE("json_lines: a file holding one JSON array of articles") {
    const std::string text =
        "\xEF\xBB\xBF  [\n"
        "  {\"id\": \"a\", \"headline\": \"brackets ] and , in \\\"strings\\\" [\"},\n"
        "  {\"id\": \"b\",\n"
        "   \"topics\": [\"x\", \"y\"], \"extra\": {\"k\": [1, {\"j\": 2}]}},\n"
        "  {\"headline\": \"no id\"},\n"
        "  {\"id\": \"d\",\n"
        "   \"body\": nope},\n"
        "  {\"id\": 5}\n"
        "]\n";
    const ReadResult result = read(text);
    CHECK(ids(result) == Ids{"a", "b", "5"});
    CHECK(result.lines == Lines{2, 3, 8});
    CHECK(result.articles[0].headline == "brackets ] and , in \"strings\" [");
    CHECK(result.articles[1].topics == std::vector<std::string>{"x", "y"});
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].line == 5);
    CHECK(result.problems[0].byte_offset == text.find("{\"headline\": \"no id\"}"));
    CHECK(result.problems[0].reason == "missing 'id'");
    // A syntax error is located on its own line, not the element's first.
    CHECK(result.problems[1].line == 7);
    CHECK(result.problems[1].byte_offset == text.find("nope") + 1);  // "no" cannot begin "null"
    CHECK(result.problems[1].reason ==
          "invalid JSON at column 13: syntax error while parsing value - invalid literal; last read: '\"body\": no'");
}

TEST_CASE("json_lines: JSON arrays that are empty, unclosed or followed by more text") {
    CHECK(read("[]").articles.empty());
    CHECK(read("[ ]\n").problems.empty());

    const ReadResult trailing_comma = read("[{\"id\": \"a\"},]");
    CHECK(ids(trailing_comma) == Ids{"a"});
    CHECK(trailing_comma.problems.empty());

    const ReadResult unclosed = read("[{\"id\": \"a\"},\n{\"id\": \"b\"}\n");
    CHECK(ids(unclosed) == Ids{"a", "b"});
    CHECK(unclosed.lines == Lines{1, 2});
    REQUIRE(unclosed.problems.size() == 1);
    CHECK(unclosed.problems[0].reason == "the JSON array is not closed with ']'");
    CHECK(unclosed.problems[0].line == 3);
    CHECK(unclosed.problems[0].severity == ReadProblem::Severity::Repaired);

    const ReadResult followed = read("[{\"id\": \"a\"}]\n{\"id\": \"b\"}\n");
    CHECK(ids(followed) == Ids{"a"});
    REQUIRE(followed.problems.size() == 1);
    CHECK(followed.problems[0].reason == "text after the end of the JSON array was ignored");
    CHECK(followed.problems[0].line == 2);
    CHECK(followed.problems[0].byte_offset == 14);

    const ReadResult empty_element = read("[{\"id\": \"a\"}, , {\"id\": \"c\"}]");
    CHECK(ids(empty_element) == Ids{"a", "c"});
    REQUIRE(empty_element.problems.size() == 1);
    CHECK(empty_element.problems[0].reason == "empty element in the JSON array");
    CHECK(empty_element.problems[0].byte_offset == 14);
}

TEST_CASE("json_lines: an error thrown by the consumer is not swallowed as a read problem") {
    const SourceText source{"in.jsonl", "{\"id\": \"a\"}\n"};
    std::size_t problems = 0;
    const ReadCallbacks callbacks{[](Article&&, std::size_t) { throw Error("database is full"); },
                                  [&problems](ReadProblem&&) { ++problems; }};
    CHECK_THROWS_WITH_AS(read_json_lines(source, callbacks), "database is full", Error);
    CHECK(problems == 0);
}

TEST_CASE("json_lines: the sample corpus reads fully, liberal forms included") {
    std::ifstream file(MORGUE_SOURCE_DIR "/corpora/jsonl/sample.jsonl", std::ios::binary);
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    const ReadResult result = read(text.str());
    for (const auto& problem : result.problems) FAIL_CHECK(problem.to_string());
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 10);
    CHECK(result.lines == Lines{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

    const Article& numeric_id = result.articles[1];
    CHECK(numeric_id.id == "1002");
    CHECK(numeric_id.byline == std::vector<std::string>{"Janie Gabbett"});
    CHECK(numeric_id.source == "Reuters");
    CHECK(numeric_id.date == DateTime{2011, 6, 14});

    const Article& french = result.articles[2];
    CHECK(french.headline == "Le prix du café grimpe à Paris");
    CHECK(french.byline == std::vector<std::string>{"Élodie Lefèvre", "François Dupré"});
    CHECK(french.date == DateTime{2012, 3, 14});
    CHECK(french.topics == std::vector<std::string>{"coffee"});
    CHECK(french.language == "french");

    const Article& german = result.articles[3];
    CHECK(german.byline == std::vector<std::string>{"Jürgen Weiß", "Anja Müller"});
    CHECK(german.date == DateTime{2012, 3, 15, 8, 0, 0, true});  // Unix time 1331798400
    CHECK(german.language == "de");

    CHECK(result.articles[4].date == DateTime{2012, 4, 2, 9, 15, 0, true});
    CHECK(result.articles[4].language == "russian");
    CHECK(result.articles[5].byline == std::vector<std::string>{"Cai Xiao", "Hu Haiyan"});
    CHECK(result.articles[5].source == "China Daily");
    CHECK(result.articles[6].body == "気象庁は十六日、東京の桜が開花したと発表した。平年より十日早い開花となった。");
    CHECK(result.articles[6].language == "none");
    CHECK(result.articles[7].date == DateTime{2013, 7, 19, 10, 40, 0, true});
    CHECK(result.articles[8].date == std::nullopt);
    CHECK(result.articles[9].date == DateTime{2014, 2, 21, 17, 30, 0, true});
}

}  // namespace morgue::readers
