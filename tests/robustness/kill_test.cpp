// kill -9 at random moments of `morgue-index --batch 1000` on a big corpus: after each kill the
// database opens, is consistent, holds exactly what its last commit held (a whole number of
// batches, never more articles than the corpus has, never fewer than before), and running the same
// command again picks up from there. Runs are chained: each re-run is killed in turn; when a chain
// has brought every article in, its answers must equal those of a run never interrupted, and the
// next chain starts from an empty database. The last chain is completed by a run left to finish.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <random>
#include <thread>

namespace morgue::robustness {
namespace {

using namespace std::chrono_literals;

constexpr int kKills = 10;
constexpr std::uint64_t kBatch = 1000;

std::vector<std::vector<std::string>> probe_queries() {
    return {{"oil"}, {"grain", "exports"}, {"bank", "--sort", "newest"}, {"crude", "OR", "wheat", "--offset", "5"}};
}

std::vector<SearchAnswer> answers(const std::string& db) {
    std::vector<SearchAnswer> out;
    for (const auto& query : probe_queries()) out.push_back(search_answer(db, query));
    return out;
}

void check_after_kill(const std::string& db, std::uint64_t articles, std::uint64_t& previous_count) {
    if (!std::filesystem::exists(db + "/iamglass")) {
        MESSAGE("killed before the database was created");
        return;
    }
    std::string report;
    CHECK_MESSAGE(database_is_consistent(db, report), report);
    const std::uint64_t documents = document_count(db);
    CHECK((documents % kBatch == 0 || documents == articles));  // a commit boundary
    CHECK(documents <= articles);                               // no duplicates
    CHECK(documents >= previous_count);                         // a commit is never lost
    previous_count = documents;
    if (documents > 0) {
        const auto search = morgue_search(db, {"--json", "--no-snippets", "oil"});
        CHECK_MESSAGE(search.exit_code == 0, search.err);
    }
}

}  // namespace

TEST_CASE("kill: kill -9 at random moments loses no commit, and re-running finishes the job") {
    TempDir dir;
    const Corpus corpus = big_corpus(dir.path() / "corpus");
    std::vector<std::string> args{"--batch", std::to_string(kBatch), "--quiet"};
    args.insert(args.end(), corpus.files.begin(), corpus.files.end());

    const auto reference = morgue_index(dir / "reference", args, within(600s));
    REQUIRE_MESSAGE(reference.exit_code == 0, reference.err);
    REQUIRE(document_count(dir / "reference") == corpus.articles);
    const auto expected = answers(dir / "reference");
    MESSAGE("uninterrupted run over " << corpus.name << ": " << corpus.articles << " articles in "
                                      << reference.seconds << " s");

    const std::uint64_t seed = std::random_device{}();
    MESSAGE("kill moments drawn with seed " << seed);
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> moment(0.05, 0.8);
    double run_seconds = reference.seconds;  // shrinks if a run finishes before its kill (a less busy machine)
    std::uint64_t previous_count = 0;
    int kills = 0, completed = 0;
    for (int attempt = 1; kills < kKills && attempt <= 2 * kKills; ++attempt) {
        CAPTURE(attempt);
        const auto delay = std::chrono::duration<double>(moment(random) * run_seconds);
        Child indexer(MORGUE_INDEX_BIN, index_command(dir / "db", args), within(600s));
        std::this_thread::sleep_for(delay);
        indexer.kill(SIGKILL);
        const auto result = indexer.wait();
        const bool killed = result.exit_code == 128 + SIGKILL;
        if (!killed) {  // it finished first: no kill, but it must be right
            CHECK_MESSAGE(result.exit_code == 0, result.err);
            run_seconds = std::min(run_seconds, result.seconds);
        } else {
            ++kills;
        }
        check_after_kill(dir / "db", corpus.articles, previous_count);
        const std::string what = killed ? "killed after " : "finished before the kill at ";
        MESSAGE("attempt " << attempt << ": " << what << delay.count() << " s, the database holds " << previous_count
                           << " articles");
        // Once a re-run has brought every article in, killing the next ones would only interrupt
        // replacements: compare with the uninterrupted run and start over from an empty database.
        if (previous_count == corpus.articles) {
            CHECK(answers(dir / "db") == expected);
            ++completed;
            std::filesystem::remove_all(dir / "db");
            previous_count = 0;
        }
    }
    CHECK(kills == kKills);
    MESSAGE(kills << " kills; " << completed << " times the re-runs reached every article and matched the uninterrupted run");

    const auto final_run = morgue_index(dir / "db", args, within(600s));
    CHECK_MESSAGE(final_run.exit_code == 0, final_run.err);
    CHECK(document_count(dir / "db") == corpus.articles);
    CHECK(answers(dir / "db") == expected);
    std::string report;
    CHECK_MESSAGE(database_is_consistent(dir / "db", report), report);
}

}  // namespace morgue::robustness
