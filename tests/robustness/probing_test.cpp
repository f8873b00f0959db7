// What probing found (issue 8): a full disk at a new database's first commit, a reader of the
// output that goes away (| head -1), a --wait indexer behind a bulk load, and a damaged database.
// Each ends in a clear message and a documented exit code: no abort, no hang, no bare library text.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <thread>

namespace morgue::robustness {
namespace {

using namespace std::chrono_literals;

std::string jsonl_articles(int count, const std::string& prefix) {
    std::string text;
    for (int i = 0; i < count; ++i)
        text += nlohmann::json{{"id", prefix + std::to_string(i)},
                               {"headline", "oil story " + std::to_string(i)},
                               {"body", "The oil price moved again on the day of story " + std::to_string(i) + "."}}
                    .dump() +
                "\n";
    return text;
}

// `program args... 2>&1 | head -1` in bash, with pipefail so that the exit code is the program's.
ChildResult through_head(const std::string& program, const std::vector<std::string>& args) {
    std::vector<std::string> bash_args{"-c", "set -o pipefail; \"$@\" 2>&1 | head -1", "bash", program};
    bash_args.insert(bash_args.end(), args.begin(), args.end());
    return run_child("/bin/bash", bash_args, within(300s));
}

void expect_damage_advice(const ChildResult& run, const std::string& program, const std::string& db) {
    INFO(program << " stderr: " << run.err);
    CHECK(run.exit_code == 3);
    CHECK(run.err.starts_with(program + ": error: cannot "));
    CHECK(count(run.err, "\n") == 1);
    CHECK(run.err.find("database " + db + " looks damaged: check it with 'xapian-check " + db +
                       "', and if it reports errors, index the articles again into a new database") !=
          std::string::npos);
}

}  // namespace

TEST_CASE("probing: a full disk at a new database's first commit is an error (exit 3), not an abort") {
    TempDir dir;
    write_file(dir / "a.jsonl", jsonl_articles(3, "a"));
    // 1 KiB: the new database's first commit fails (which aborted morgue-index); 4 KiB: a later
    // commit. Not less, since the limit also holds for the file that takes stderr.
    for (const std::uint64_t limit : {1024u, 4096u}) {
        CAPTURE(limit);
        ChildOptions limited = within(60s);
        limited.file_size = limit;
        const std::string db = dir / ("db-" + std::to_string(limit));
        const auto run = morgue_index(db, {dir / "a.jsonl"}, limited);
        INFO("stderr: " << run.err);
        CHECK(run.exit_code == 3);
        CHECK(run.err.starts_with("morgue-index: error: cannot "));
        CHECK(run.err.find("database " + db) != std::string::npos);
        CHECK(count(run.err, "\n") == 1);
    }
}

TEST_CASE("probing: | head -1 neither stops an index run nor fails a search") {
    TempDir dir;
    // Half the lines are bad, so the indexer writes a warning for each long after head has gone.
    std::string text;
    const std::string good = jsonl_articles(3000, "p");
    std::size_t at = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::size_t end = good.find('\n', at) + 1;
        text += good.substr(at, end - at) + "{broken line " + std::to_string(i) + "\n";
        at = end;
    }
    write_file(dir / "half-bad.jsonl", text);
    const auto run = through_head(MORGUE_INDEX_BIN, {"--db", dir / "db", "--batch", "100", dir / "half-bad.jsonl"});
    INFO("output: " << run.out << run.err);
    CHECK_FALSE(run.timed_out);
    CHECK(run.exit_code == 1);  // its normal code: some input was rejected
    CHECK(count(run.out, "\n") == 1);
    CHECK(document_count(dir / "db") == 3000);

    // About a megabyte of hits: far more than a pipe holds, so the search writes after head left.
    const auto search = through_head(MORGUE_SEARCH_BIN, {"--db", dir / "db", "--limit", "3000", "oil"});
    INFO("output: " << search.out << search.err);
    CHECK(search.exit_code == 0);
    CHECK(search.out.starts_with("3000 articles match \"oil\""));
    CHECK(count(search.out, "\n") == 1);
}

TEST_CASE("probing: a --wait indexer queues behind a bulk load and then adds to it") {
    TempDir dir;
    const Corpus corpus = big_corpus(dir.path() / "corpus");
    write_file(dir / "later.jsonl", jsonl_articles(1, "later"));
    std::vector<std::string> bulk_args = index_command(dir / "db", {"--bulk", "--quiet"});
    bulk_args.insert(bulk_args.end(), corpus.files.begin(), corpus.files.end());
    Child bulk(MORGUE_INDEX_BIN, bulk_args, within(600s));
    // Started while the load runs (it locks the database from its first moment), the waiting
    // indexer either finds the load still running and waits, or the load done; never half swapped.
    // The version file is written under the load's lock, which it holds from then on.
    while (!std::filesystem::exists(dir / "db/iamglass") && bulk.running()) std::this_thread::sleep_for(10ms);
    const auto waiting = morgue_index(dir / "db", {"--wait", "--quiet", dir / "later.jsonl"}, within(600s));
    const auto loaded = bulk.wait();
    INFO("bulk: " << loaded.err << "\nwaiting: " << waiting.err);
    CHECK(loaded.exit_code == 0);
    CHECK(waiting.exit_code == 0);
    CHECK(document_count(dir / "db") == corpus.articles + 1);
}

TEST_CASE("probing: a damaged database is named, with xapian-check and re-indexing as the way out (exit 3)") {
    TempDir dir;
    write_file(dir / "a.jsonl", jsonl_articles(2000, "d"));
    struct Damage {
        std::string table;
        bool truncate;  // else a stretch in the middle is overwritten
    };
    // Damage Xapian detects. (An overwritten termlist or docdata table can crash Xapian itself
    // while the indexer replaces articles: only xapian-check finds that before writing.)
    for (const Damage& damage : {Damage{"postlist.glass", true}, Damage{"postlist.glass", false},
                                 Damage{"docdata.glass", true}, Damage{"position.glass", true},
                                 Damage{"position.glass", false}, Damage{"termlist.glass", true}}) {
        CAPTURE(damage.table);
        CAPTURE(damage.truncate);
        const std::string db = dir / ("db-" + damage.table + (damage.truncate ? "-cut" : "-overwritten"));
        REQUIRE(morgue_index(db, {"--quiet", dir / "a.jsonl"}, within(120s)).exit_code == 0);
        const std::filesystem::path file = std::filesystem::path(db) / damage.table;
        const auto size = std::filesystem::file_size(file);
        if (damage.truncate) {
            std::filesystem::resize_file(file, size / 2);
        } else {
            std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
            out.seekp(static_cast<std::streamoff>(size / 4));
            out << std::string(static_cast<std::size_t>(size / 2), '\x5a');
        }
        const auto search = morgue_search(db, {"--limit", "2000", "oil OR story"}, within(60s));
        const auto index = morgue_index(db, {"--quiet", dir / "a.jsonl"}, within(120s));
        CHECK((search.exit_code != 0 || index.exit_code != 0));
        if (search.exit_code != 0) expect_damage_advice(search, "morgue-search", db);
        if (index.exit_code != 0) expect_damage_advice(index, "morgue-index", db);
    }
}

}  // namespace morgue::robustness
