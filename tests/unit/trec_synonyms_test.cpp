// The TREC reader on pseudo-XML <doc> archives: tag synonyms, and files with no text tag refused.
#include "readers/trec_sgml_reader.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace morgue::readers {
namespace {

ReadResult read(std::string text) { return read_with(read_trec_sgml, SourceText{"in.txt", std::move(text)}); }

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("trec_synonyms: SogouCS records give headline, body and id") {
    const ReadResult result = read(file_text(std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora/sogou-like/utf8/news.sohunews.sample.txt"));
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 3);
    CHECK(result.articles[0].id == "5f3a1c2e9b7d4e60-8a1b2c3d4e5f6071");
    CHECK(result.articles[0].headline == "暴雨袭击南方多省 铁路部门启动应急预案");
    CHECK(result.articles[0].body.find("铁路部门已经启动应急预案") != std::string::npos);
    CHECK(result.articles[2].headline == "熊猫幼仔首次与游客见面");
}

TEST_CASE("trec_synonyms: title, text and body in any case; url is the id when there is no docno") {
    const ReadResult result = read(
        "<doc><url>http://example.org/a</url><Title>Harbour reopens</Title><body>Ships are back.</body></doc>\n"
        "<DOC><DOCNO>X-2</DOCNO><URL>http://example.org/b</URL><TITLE>Second</TITLE><TEXT>More ships.</TEXT></DOC>\n");
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].id == "http://example.org/a");
    CHECK(result.articles[0].headline == "Harbour reopens");
    CHECK(result.articles[0].body == "Ships are back.");
    CHECK(result.articles[1].id == "X-2");  // DOCNO wins over URL
}

TEST_CASE("trec_synonyms: a <doc> file with no text tag is refused, naming the tags it has") {
    const ReadResult result = read("<doc>\n<url>http://example.org/a</url>\n<docno>1</docno>\n<words>a b c</words>\n</doc>\n");
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].severity == ReadProblem::Severity::FileSkipped);
    CHECK(result.problems[0].reason.find("tags seen: <doc>, <url>, <docno>, <words>;") != std::string::npos);
}

}  // namespace morgue::readers
