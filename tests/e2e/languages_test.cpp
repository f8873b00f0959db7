// morgue-index and morgue-search on the project's CJK and language-detection samples.
#include "programs.hpp"

#include <doctest/doctest.h>

#include <set>

namespace morgue::e2e {
namespace {

std::string corpus(const char* name) { return (source_dir() / "corpora" / name).string(); }

std::set<std::string> ids(const std::string& db, const std::string& query) {
    std::set<std::string> out;
    const nlohmann::json response = search_json(db, {"--limit", "100", query});  // alive while iterated
    for (const auto& hit : response["hits"]) out.insert(hit["id"].get<std::string>());
    return out;
}

}  // namespace

TEST_CASE("languages: morgue-index counts the languages of corpora/cjk, named in every accepted form") {
    TempDir dir;
    const std::string db = dir / "cjk";
    const ProgramResult indexing = morgue_index(db, {corpus("cjk")});
    INFO(indexing.err);
    CHECK(indexing.exit_code == 0);
    CHECK(indexing.err.find("indexed 60 articles (60 new, 0 replaced) from 2 files") != std::string::npos);
    CHECK(indexing.err.find("languages: chinese 40 japanese 20\n") != std::string::npos);
    CHECK(ids(db, "北京").size() == 7);  // as many as hold it as a substring
    CHECK(ids(db, "lang:ja 東京") == ids(db, "lang:japanese 東京"));
    CHECK(ids(db, "lang:zh").size() == 40);
}

TEST_CASE("languages: detected per article without --lang; --lang forces one and skips detection") {
    TempDir dir;
    const ProgramResult detected = morgue_index(dir / "detected", {corpus("languages")});
    INFO(detected.err);
    CHECK(detected.exit_code == 0);
    CHECK(detected.err.find("languages: chinese 2 dutch 1 english 3 french 2 german 2 italian 2 japanese 2 portuguese 1 "
                            "russian 2 spanish 2\n") != std::string::npos);
    CHECK(ids(dir / "detected", "lang:de") == std::set<std::string>{"detect-03-german", "detect-04-german"});
    CHECK(ids(dir / "detected", "Oesterreich") == std::set<std::string>{"detect-03-german"});  // german2

    const ProgramResult forced = morgue_index(dir / "forced", {"--lang", "fra", corpus("languages")});
    INFO(forced.err);
    CHECK(forced.exit_code == 0);
    CHECK(forced.err.find("languages: french 19\n") != std::string::npos);
}

TEST_CASE("languages: an unknown --lang is a usage error listing the accepted forms") {
    TempDir dir;
    const ProgramResult result = morgue_index(dir / "db", {"--lang", "klingon", corpus("languages")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown language 'klingon' for --lang: give an ISO 639-1 or 639-2 code or an English name") !=
          std::string::npos);
    CHECK(result.err.find("german (de)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "db"));
}

}  // namespace morgue::e2e
