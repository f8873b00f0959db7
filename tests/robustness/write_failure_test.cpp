// Writing fails: a file-size limit (as a full disk would), a database path under a regular file,
// a folder the indexer may not write. Each is a one-line error naming the database, exit 3, and the
// database (when there is one) is left at its last commit.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <pwd.h>
#include <unistd.h>

#include <chrono>

namespace morgue::robustness {
namespace {

using namespace std::chrono_literals;

// The cause (the errno text) must be in the message, so the user knows what to fix.
void expect_cause(const std::string& err, const std::string& cause) {
    CHECK_MESSAGE(err.find(cause) != std::string::npos, "the error does not name its cause '" << cause << "': " << err);
}

std::optional<uid_t> nobody_uid() {
    if (geteuid() != 0) return std::nullopt;
    const passwd* nobody = getpwnam("nobody");
    return nobody ? std::optional<uid_t>(nobody->pw_uid) : std::nullopt;
}

}  // namespace

TEST_CASE("write_failure: a file-size limit (a full disk) fails the run and keeps the last commit") {
    TempDir dir;
    const Corpus corpus = big_corpus(dir.path() / "corpus");
    std::vector<std::string> args{"--batch", "1000", "--quiet"};
    args.insert(args.end(), corpus.files.begin(), corpus.files.begin() + 6);
    const std::uint64_t articles = 6 * corpus.articles_per_file;

    ChildOptions limited;
    limited.timeout = 300s;
    limited.file_size = std::uint64_t{4} << 20;  // morgue-index ignores SIGXFSZ, so writes fail with EFBIG
    const auto run = morgue_index(dir / "db", args, limited);
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 3);
    CHECK(run.err.starts_with("morgue-index: error: cannot "));
    CHECK(run.err.find("database " + dir / "db") != std::string::npos);
    CHECK(count(run.err, "\n") == 1);
    expect_cause(run.err, "File too large");

    std::string report;
    CHECK_MESSAGE(database_is_consistent(dir / "db", report), report);
    const std::uint64_t kept = document_count(dir / "db");
    MESSAGE("under a 4 MiB file-size limit the database kept " << kept << " of " << articles << " articles");
    CHECK(kept % 1000 == 0);
    CHECK(kept < articles);
    if (kept > 0) CHECK(search_answer(dir / "db", {"oil"}).total > 0);

    const auto again = morgue_index(dir / "db", args, within(300s));
    CHECK_MESSAGE(again.exit_code == 0, again.err);
    CHECK(document_count(dir / "db") == articles);
}

TEST_CASE("write_failure: a database path under a regular file (ENOTDIR) or in /proc") {
    TempDir dir;
    write_file(dir / "article.jsonl", "{\"id\":\"a1\",\"headline\":\"h\"}\n");
    write_file(dir / "plain-file", "not a folder");
    for (const std::string& db : {dir / "plain-file/db", std::string("/proc/morgue-db")}) {
        CAPTURE(db);
        const auto run = morgue_index(db, {dir / "article.jsonl"}, within(30s));
        CHECK(run.exit_code == 3);
        CHECK(run.err.starts_with("morgue-index: error: cannot open database " + db + " for writing: "));
        CHECK(count(run.err, "\n") == 1);
    }
    expect_cause(morgue_index(dir / "plain-file/db", {dir / "article.jsonl"}).err, "Not a directory");
}

// Root writes anywhere, so the unwritable cases run the indexer as user "nobody".
TEST_CASE("write_failure: a database folder the indexer may not write") {
    const auto nobody = nobody_uid();
    if (!nobody && geteuid() == 0) {
        MESSAGE("skipped: running as root without a user 'nobody'");
        return;
    }
    TempDir dir;
    write_file(dir / "article.jsonl", "{\"id\":\"a1\",\"headline\":\"first\"}\n");
    write_file(dir / "more.jsonl", "{\"id\":\"a2\",\"headline\":\"second\"}\n");
    REQUIRE(morgue_index(dir / "existing", {dir / "article.jsonl"}).exit_code == 0);
    std::filesystem::create_directory(dir / "locked-folder");
    ChildOptions options;
    options.timeout = 30s;
    options.user = nobody;
    if (!nobody) {  // not root: take the permissions away instead
        std::filesystem::permissions(dir / "locked-folder", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        std::filesystem::permissions(dir / "existing", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    }

    const auto create = morgue_index(dir / "locked-folder/db", {dir / "article.jsonl"}, options);
    CHECK(create.exit_code == 3);
    CHECK(create.err.starts_with("morgue-index: error: cannot open database " + dir / "locked-folder/db" + " for writing: "));
    expect_cause(create.err, "Permission denied");

    const auto update = morgue_index(dir / "existing", {dir / "more.jsonl"}, options);
    CHECK(update.exit_code == 3);
    CHECK(update.err.find("database " + dir / "existing") != std::string::npos);
    CHECK_MESSAGE(update.err.find("another indexer") == std::string::npos,
                 "a lock file that cannot be opened is reported as another indexer: " << update.err);
    CHECK(document_count(dir / "existing") == 1);
    CHECK(search_answer(dir / "existing", {"first"}).ids == std::vector<std::string>{"a1"});
}

}  // namespace morgue::robustness
