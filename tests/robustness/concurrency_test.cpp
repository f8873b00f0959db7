// Concurrent use of one database: a second indexer is told plainly that another holds it (or waits
// with --wait), and searches keep answering, with the right results, while an indexer commits.
#include "harness.hpp"

#include <doctest/doctest.h>
#include <xapian.h>

#include <chrono>
#include <thread>

namespace morgue::robustness {
namespace {

using namespace std::chrono_literals;

std::vector<std::string> first_files(const Corpus& corpus, std::size_t count, std::vector<std::string> args) {
    args.insert(args.end(), corpus.files.begin(), corpus.files.begin() + static_cast<std::ptrdiff_t>(count));
    return args;
}

// Waits until the indexer has committed once, so that it surely holds the database's lock.
void wait_for_first_commit(const std::string& db, Child& indexer) {
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline && indexer.running()) {
        try {
            if (Xapian::Database(db).get_doccount() > 0) return;
        } catch (const Xapian::Error&) {
            // not created yet, or changing under us
        }
        std::this_thread::sleep_for(20ms);
    }
    FAIL("the first indexer never committed: " << indexer.err_so_far());
}

}  // namespace

TEST_CASE("concurrency: a second indexer is told another holds the database, and --wait queues it") {
    TempDir dir;
    const Corpus corpus = big_corpus(dir.path() / "corpus");
    write_file(dir / "one.jsonl", "{\"id\":\"late1\",\"headline\":\"queued article\"}\n");
    Child first(MORGUE_INDEX_BIN, index_command(dir / "db", first_files(corpus, 4, {"--batch", "500", "--quiet"})),
                within(300s));
    wait_for_first_commit(dir / "db", first);
    REQUIRE(first.running());

    const auto refused = morgue_index(dir / "db", {dir / "one.jsonl"}, within(30s));
    CHECK(refused.exit_code == 3);
    CHECK(refused.err == "morgue-index: error: database " + dir / "db" +
                             " is locked by another indexer; wait for it to finish, or pass --wait to queue behind it\n");
    CHECK(refused.err.find("Xapian") == std::string::npos);
    CHECK(refused.err.find("LockError") == std::string::npos);

    Child waiting(MORGUE_INDEX_BIN, index_command(dir / "db", {"--wait", "--quiet", dir / "one.jsonl"}),
                  within(300s));
    std::this_thread::sleep_for(200ms);
    CHECK(waiting.running());  // queued behind the first
    const auto first_result = first.wait();
    CHECK_MESSAGE(first_result.exit_code == 0, first_result.err);
    const auto waited = waiting.wait();
    CHECK_MESSAGE(waited.exit_code == 0, waited.err);
    CHECK(document_count(dir / "db") == 4 * corpus.articles_per_file + 1);
    CHECK(search_answer(dir / "db", {"queued"}).ids == std::vector<std::string>{"late1"});
}

TEST_CASE("concurrency: searches answer correctly while an indexer commits to the same database") {
    TempDir dir;
    const Corpus corpus = big_corpus(dir.path() / "corpus");
    const auto args = first_files(corpus, 6, {"--batch", "500", "--quiet"});
    REQUIRE(morgue_index(dir / "db", args, within(300s)).exit_code == 0);
    const std::vector<std::vector<std::string>> queries{{"oil"}, {"bank", "--sort", "newest"}};
    std::vector<SearchAnswer> expected;
    for (const auto& query : queries) expected.push_back(search_answer(dir / "db", query));

    // Reindexing the same files replaces every article by itself, batch by batch: every search in
    // between must give exactly the answer of the finished database.
    Child reindex(MORGUE_INDEX_BIN, index_command(dir / "db", args), within(300s));
    int searches = 0;
    while (reindex.running()) {
        const auto& query = queries[static_cast<std::size_t>(searches) % queries.size()];
        CHECK(search_answer(dir / "db", query) == expected[static_cast<std::size_t>(searches) % queries.size()]);
        ++searches;
    }
    const auto result = reindex.wait();
    CHECK_MESSAGE(result.exit_code == 0, result.err);
    MESSAGE(searches << " searches during a reindex of " << 6 * corpus.articles_per_file << " articles in "
                     << result.seconds << " s, all exit 0 with the finished database's answer");
    CHECK(searches >= 10);
    CHECK(document_count(dir / "db") == 6 * corpus.articles_per_file);
}

}  // namespace morgue::robustness
