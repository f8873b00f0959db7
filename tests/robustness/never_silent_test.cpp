// Never silent: every argument is a path taken whole, ids are unique in a database (derived from
// the path where a format has none), a repeated id or an article without text is reported, and no
// file name or id can forge a line of the log.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

namespace morgue::robustness {
namespace {

using namespace std::chrono_literals;

std::string page(const std::string& headline, const std::string& body) {
    return headline + "\n\n" + body + "\n";
}

std::string jsonl(const std::string& id, const std::string& headline) {
    return nlohmann::json{{"id", id}, {"headline", headline}}.dump() + "\n";
}

std::vector<std::string> all_ids(const std::string& db) {
    std::vector<std::string> ids = search_answer(db, {"story"}).ids;
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_CASE("never_silent: a file name with a comma is one path, and so is a --delete id") {
    TempDir dir;
    write_file(dir / "a,b.jsonl", jsonl("x,1", "the story with a comma") + jsonl("x2", "the other story"));
    const auto run = morgue_index(dir / "db", {dir / "a,b.jsonl"}, within(60s));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("no such file") == std::string::npos);
    CHECK(document_count(dir / "db") == 2);

    const auto deleted = morgue_index(dir / "db", {"--delete", "x,1"}, within(60s));
    INFO("stderr: " << deleted.err);
    CHECK(deleted.exit_code == 0);
    CHECK(deleted.err.find("deleted article x,1\n") != std::string::npos);
    CHECK(document_count(dir / "db") == 1);
}

TEST_CASE("never_silent: same-named pages in different folders keep their own ids") {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "archive" / "business");
    std::filesystem::create_directories(dir.path() / "archive" / "sport");
    write_file(dir / "archive/business/001.txt", page("Shares rise", "The business page story."));
    write_file(dir / "archive/sport/001.txt", page("Cup final", "The sport page story."));
    const auto run = morgue_index(dir / "db", {dir / "archive/"}, within(60s));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("indexed 2 articles (2 new, 0 replaced)") != std::string::npos);
    CHECK(all_ids(dir / "db") == std::vector<std::string>{"archive/business/001.txt", "archive/sport/001.txt"});

    // The file named on its own is its file name; indexing the folder again replaces, not adds.
    const auto again = morgue_index(dir / "db", {dir / "archive"}, within(60s));
    CHECK(again.err.find("indexed 2 articles (0 new, 2 replaced)") != std::string::npos);
    const auto alone = morgue_index(dir / "db2", {dir / "archive/sport/001.txt"}, within(60s));
    CHECK(alone.exit_code == 0);
    CHECK(all_ids(dir / "db2") == std::vector<std::string>{"001.txt"});
}

TEST_CASE("never_silent: a repeated id in one run is reported with both places; the first is kept, bulk or not") {
    TempDir dir;
    write_file(dir / "first.jsonl", jsonl("d1", "the story kept") + jsonl("d2", "the second story"));
    write_file(dir / "second.jsonl", jsonl("d3", "a third story") + jsonl("d1", "the story repeated"));
    for (const bool bulk : {false, true}) {
        CAPTURE(bulk);
        const std::string db = dir / (bulk ? "bulk-db" : "db");
        std::vector<std::string> args{dir / "first.jsonl", dir / "second.jsonl"};
        if (bulk) args.insert(args.begin(), "--bulk");
        const auto run = morgue_index(db, args, within(60s));
        INFO("stderr: " << run.err);
        CHECK(run.exit_code == 1);
        const std::string second_line = ":2 (byte " + std::to_string(jsonl("d3", "a third story").size()) + ")";
        CHECK(run.err.find(dir / "second.jsonl" + second_line + ": article d1 skipped: the same id as the article at " +
                           dir / "first.jsonl:1, which is kept") != std::string::npos);
        CHECK(run.err.find("indexed 3 articles (3 new, 0 replaced)") != std::string::npos);
        CHECK(document_count(db) == 3);
        CHECK(search_answer(db, {"kept"}).ids == std::vector<std::string>{"d1"});
        CHECK(search_answer(db, {"repeated"}).ids.empty());
    }
    // A later run's article with the same id is a newer version: replaced, not reported.
    write_file(dir / "newer.jsonl", jsonl("d1", "the newer version"));
    const auto newer = morgue_index(dir / "db", {dir / "newer.jsonl"}, within(60s));
    CHECK(newer.exit_code == 0);
    CHECK(newer.err.find("indexed 1 articles (0 new, 1 replaced)") != std::string::npos);
    CHECK(search_answer(dir / "db", {"newer"}).ids == std::vector<std::string>{"d1"});
}

TEST_CASE("never_silent: control characters in file names and ids are escaped in messages") {
    TempDir dir;
    const std::string forged = "bad\nmorgue-index: error: forged line\x1b[2J.jsonl";
    std::filesystem::create_directories(dir.path() / "in");
    write_file(dir / ("in/" + forged), "{not json\n" + jsonl("ok1", "the good story"));
    const auto run = morgue_index(dir / "db", {dir / "in"}, within(60s));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("bad\\nmorgue-index: error: forged line\\x1b[2J.jsonl:1 (byte ") != std::string::npos);
    CHECK(run.err.find("\nmorgue-index: error: forged") == std::string::npos);
    CHECK(run.err.find('\x1b') == std::string::npos);

    const auto deleted = morgue_index(dir / "db", {"--delete", "no\nsuch\tid"}, within(60s));
    CHECK(deleted.exit_code == 1);
    CHECK(deleted.err.find("morgue-index: no article with id no\\nsuch\\tid to delete\n") != std::string::npos);
    const auto missing = morgue_index(dir / "db", {dir / "gone\n.jsonl"}, within(60s));
    CHECK(missing.err.find("gone\\n.jsonl (byte 0): no such file or folder") != std::string::npos);
}

TEST_CASE("never_silent: --help of both programs lists the exit codes") {
    TempDir dir;
    const auto index_help = run_child(MORGUE_INDEX_BIN, {"--help"});
    CHECK(index_help.exit_code == 0);
    CHECK(index_help.out.find("Exit codes:\n  0  every input was indexed") != std::string::npos);
    CHECK(index_help.out.find("\n  1  some input was rejected") != std::string::npos);
    CHECK(index_help.out.find("\n  3  failed: the database could not be opened") != std::string::npos);
    const auto search_help = run_child(MORGUE_SEARCH_BIN, {"--help"});
    CHECK(search_help.exit_code == 0);
    CHECK(search_help.out.find("Exit codes:\n  0  the search ran") != std::string::npos);
    CHECK(search_help.out.find("\n  2  bad option or malformed query") != std::string::npos);
}

}  // namespace morgue::robustness
