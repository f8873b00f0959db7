// Format by content: each file is recognised with confidence or refused, saying what was seen.
#include "readers/read_articles.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>

#include <morgue/input_format.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace morgue {
namespace {

const std::filesystem::path kCorpora = std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora";

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

InputFormat detect(const std::string& name, const std::string& text) { return detect_input_format(name, text); }

constexpr const char* kChecksums =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.txt\n"
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  cacm/docs.txt\n"
    "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752  cisi/queries.txt\n";

constexpr const char* kLog =
    "2024-03-01 12:00:01 INFO indexer started with 4 threads and the database at /srv/db\n"
    "2024-03-01 12:00:02 WARN slow commit: 1520 ms for 10000 documents in the batch\n"
    "2024-03-01 12:00:09 INFO indexed 21578 articles from 22 files, all of them\n";

constexpr const char* kNumbers =
    "year,quarter,revenue,cost\n2019,1,10234.5,8123.2\n2019,2,11020.1,8450.9\n2019,3,9988.0,8001.7\n2019,4,12011.3,9100.4\n";

}  // namespace

TEST_CASE("input_format: every news page and charset sample is recognised as prose") {
    for (const char* folder : {"news-pages", "charsets/utf8"}) {
        for (const auto& entry : std::filesystem::directory_iterator(kCorpora / folder)) {
            if (entry.path().extension() != ".txt") continue;
            CAPTURE(entry.path());
            CHECK(detect(entry.path().string(), file_text(entry.path())) == InputFormat::NewsPage);
        }
    }
}

TEST_CASE("input_format: the markup formats by their tags, JSON Lines by its first character") {
    CHECK(detect("x.sgm", "<REUTERS NEWID=\"1\"><TEXT>t</TEXT></REUTERS>") == InputFormat::ReutersSgml);
    CHECK(detect("x", "<DOC>\n<DOCNO> AP1 </DOCNO>\n<TEXT>t</TEXT>\n</DOC>\n") == InputFormat::TrecSgml);
    CHECK(detect("x.txt", file_text(kCorpora / "sogou-like/utf8/news.sohunews.sample.txt")) == InputFormat::TrecSgml);
    CHECK(detect("x.txt", "{\"id\":\"1\"}\n") == InputFormat::JsonLines);
    CHECK(detect("x.jsonl", "") == InputFormat::JsonLines);  // empty: reported as such by its reader
    CHECK(detect("x.txt", "") == InputFormat::NewsPage);
}

TEST_CASE("input_format: a <doc> file with none of the known tags is not TREC") {
    CHECK(detect("x.xml", "<doc><name>a</name><value>b</value></doc>\n") == InputFormat::Auto);
}

TEST_CASE("input_format: a name alone decides nothing") {
    CHECK(detect("reut2-000.sgm", kChecksums) == InputFormat::Auto);
    CHECK(detect("articles.jsonl", "id,headline\n1,a\n") == InputFormat::Auto);
}

TEST_CASE("input_format: checksum lists, logs and tables of numbers are refused, saying what they look like") {
    CHECK(detect("SHA256SUMS", kChecksums) == InputFormat::Auto);
    CHECK(describe_unrecognised_input(kChecksums) ==
          "not a known article format: first line looks like "
          "`e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852…` (a checksum list?); use --format to force one");
    CHECK(detect("indexer.log", kLog) == InputFormat::Auto);
    CHECK(describe_unrecognised_input(kLog).find("(a log?)") != std::string::npos);
    CHECK(detect("figures.txt", kNumbers) == InputFormat::Auto);
    CHECK(describe_unrecognised_input(kNumbers).find("(a table of numbers?)") != std::string::npos);
}

TEST_CASE("input_format: read_articles refuses an unrecognised file instead of reading it as a page") {
    const readers::SourceText source{"SHA256SUMS", kChecksums};
    readers::ReadResult result;
    readers::read_articles(source, InputFormat::Auto, readers::ReadCallbacks{
        [&](Article&& article, std::size_t) { result.articles.push_back(std::move(article)); },
        [&](ReadProblem&& problem) { result.problems.push_back(std::move(problem)); }});
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].severity == ReadProblem::Severity::FileSkipped);
    CHECK(result.problems[0].reason.find("(a checksum list?)") != std::string::npos);
    // --format page still reads it, as asked.
    readers::read_articles(source, InputFormat::NewsPage, readers::ReadCallbacks{
        [&](Article&& article, std::size_t) { result.articles.push_back(std::move(article)); },
        [&](ReadProblem&& problem) { result.problems.push_back(std::move(problem)); }});
    CHECK(result.articles.size() == 1);
}

}  // namespace morgue
