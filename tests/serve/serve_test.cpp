// morgue-serve end to end: each endpoint, its errors and tokens, results equal to morgue-search
// --json, and concurrent clients, on the project's samples and (where present) Reuters-21578.
#include "running_server.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

namespace morgue::serve_test {
namespace {

using Parameters = std::vector<std::pair<std::string, std::string>>;
const std::string kToken = "test-token-5f0c2a";

testing::ChildResult run(const std::string& program, const std::vector<std::string>& args) {
    return testing::run_child(program, args, testing::within(std::chrono::minutes(20)));
}

std::string source(const std::string& path) { return std::string(MORGUE_SOURCE_DIR) + "/" + path; }

// A database of the project's own samples, indexed once for every test of this program.
struct SampleDatabase {
    testing::TempDir dir;
    std::string path = dir / "samples.db";
    SampleDatabase() { index(path); }

    static void index(const std::string& db) {
        const auto result = run(MORGUE_INDEX_BIN, {"--db", db, source("corpora/jsonl/sample.jsonl"), source("corpora/feeds"),
                                                   source("corpora/nitf")});
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
    }
};
const SampleDatabase& samples() {
    static const SampleDatabase database;
    return database;
}

// The same search as morgue-search --json and as GET /search: the arguments of each.
struct Search {
    std::vector<std::string> cli;
    Parameters http;
};

const std::vector<Search> kSampleSearches = {
    {{"cocoa"}, {{"q", "cocoa"}}},
    {{"headline:cocoa"}, {{"q", "headline:cocoa"}}},
    {{"council OR tram", "--sort", "newest"}, {{"q", "council OR tram"}, {"sort", "newest"}}},
    {{"the", "--sort", "oldest", "--limit", "3", "--offset", "1"},
     {{"q", "the"}, {"sort", "oldest"}, {"limit", "3"}, {"offset", "1"}}},
    {{"the", "--facet", "month", "--facet", "topic", "--facet-limit", "2"},
     {{"q", "the"}, {"facet", "month"}, {"facet", "topic"}, {"facet_limit", "2"}}},
    {{"--from", "2010", "--to", "2011-06"}, {{"from", "2010"}, {"to", "2011-06"}}},
    {{"port strike cocoa", "--any", "--no-snippets"}, {{"q", "port strike cocoa"}, {"match", "any"}, {"snippets", "false"}}},
    {{"\"cocoa shipments\"", "--all"}, {{"q", "\"cocoa shipments\""}, {"match", "all"}}},
    {{"byline:gabbett", "--estimate"}, {{"q", "byline:gabbett"}, {"estimate", "true"}}},
    {{"nothing-matches-this-word"}, {{"q", "nothing-matches-this-word"}}},
};

nlohmann::json cli_search(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> all{"--db", db, "--json"};
    all.insert(all.end(), args.begin(), args.end());
    const auto result = run(MORGUE_SEARCH_BIN, all);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return comparable(nlohmann::json::parse(result.out));
}

// What morgue-search says on stderr for a refused search, without "morgue-search: " and the
// pointer to --help, which a JSON answer has no use for.
std::string cli_error(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> all{"--db", db};
    all.insert(all.end(), args.begin(), args.end());
    const auto result = run(MORGUE_SEARCH_BIN, all);
    REQUIRE(result.exit_code == 2);
    std::string line = result.err.substr(0, result.err.find('\n'));
    line = line.substr(std::string("morgue-search: ").size());
    if (const auto help = line.find(" (see morgue-search --help)"); help != std::string::npos) line.erase(help);
    return line;
}

void check_same_results(const std::string& db, httplib::Client& client, const std::vector<Search>& searches) {
    for (const Search& search : searches) {
        const std::string path = "/search" + query_string(search.http);
        CAPTURE(path);
        const JsonAnswer answer = get(client, path);
        REQUIRE(answer.status == 200);
        CHECK(comparable(answer.body) == cli_search(db, search.cli));
    }
}

std::string write_token_file(const testing::TempDir& dir) {
    const std::string path = dir / "token";
    std::ofstream(path) << kToken << '\n';
    return path;
}

const httplib::Headers kAuthorized = {{"Authorization", "Bearer " + kToken}};
const httplib::Headers kWrongToken = {{"Authorization", "Bearer " + kToken + "x"}};

}  // namespace

TEST_CASE("serve: search results equal morgue-search --json on the samples") {
    RunningServer server(samples().path);
    auto client = server.client();
    check_same_results(samples().path, client, kSampleSearches);
}

TEST_CASE("serve: health, stats and articles by id") {
    RunningServer server(samples().path);
    auto client = server.client();
    const JsonAnswer health = get(client, "/health");
    CHECK(health.status == 200);
    CHECK(health.body["status"] == "ok");

    const JsonAnswer stats = get(client, "/stats");
    REQUIRE(stats.status == 200);
    const nlohmann::json everything = cli_search(samples().path, {"--from", "0001", "--limit", "0"});
    CHECK(stats.body["articles"] >= everything["total"]);  // undated articles are in no date range
    CHECK(stats.body["articles"] > 0);
    CHECK(stats.body["earliest"].is_string());
    CHECK(stats.body["writable"] == false);
    CHECK(stats.body["languages"].size() >= 1);
    CHECK(std::find(stats.body["facets"].begin(), stats.body["facets"].end(), "month") != stats.body["facets"].end());

    // Every hit of a search, fetched by id, is the article the search returned.
    const nlohmann::json hits = cli_search(samples().path, {"the", "--limit", "20", "--no-snippets"})["hits"];
    REQUIRE(hits.size() > 3);
    for (const nlohmann::json& hit : hits) {
        const std::string id = hit["id"];
        const JsonAnswer article = get(client, "/articles/" + query_string({{"", id}}).substr(2));
        REQUIRE(article.status == 200);
        nlohmann::json expected = hit;
        expected.erase("rank"), expected.erase("score"), expected.erase("snippet"), expected.erase("words_matched");
        CHECK(article.body == expected);
    }
    const JsonAnswer missing = get(client, "/articles/no-such-article");
    CHECK(missing.status == 404);
    CHECK(missing.body["error"] == "no article with id no-such-article");
    // An id is a key, never a path: nothing outside the database is read.
    CHECK(get(client, "/articles/..%2F..%2F..%2Fetc%2Fpasswd").status == 404);
    CHECK(get(client, "/../../etc/passwd").status == 404);
}

TEST_CASE("serve: refused requests are 400s with morgue-search's message, unknown paths 404s") {
    RunningServer server(samples().path);
    auto client = server.client();
    const std::string db = samples().path;
    const auto refused = [&](const Parameters& parameters) {
        const JsonAnswer answer = get(client, "/search" + query_string(parameters));
        CHECK(answer.status == 400);
        return answer.body["error"].get<std::string>();
    };
    CHECK(refused({{"q", "\"common interests"}}) == cli_error(db, {"\"common interests"}));
    CHECK(refused({{"q", "\"common interests"}}) == "bad query: unterminated phrase: missing closing \" (at character 1)");
    CHECK(refused({{"q", "(oil"}}) == cli_error(db, {"(oil"}));
    CHECK(refused({{"q", "oil"}, {"facet", "colour"}}) == cli_error(db, {"oil", "--facet", "colour"}));
    CHECK(refused({{"q", "oil"}, {"from", "1988"}, {"to", "1987"}}).starts_with("--to 1987-12-31 is before --from"));
    std::string many_words;
    for (int i = 0; i < 1001; ++i) many_words += "w ";
    CHECK(refused({{"q", many_words}}) == cli_error(db, {many_words}));
    // A query past the URI limit of the HTTP library (8 KiB) never reaches the parser.
    const JsonAnswer too_long = get(client, "/search?q=" + std::string(9000, 'a'));
    CHECK(too_long.status == 414);
    CHECK(too_long.body["error"] == "request URI too long (at most 8192 bytes)");
    CHECK(refused({{"q", "oil"}, {"limit", "1001"}}) == "limit 1001 is more than this server allows (1000)");
    CHECK(refused({{"q", "oil"}, {"sort", "date"}}) == "unknown sort date (use relevance, newest or oldest)");
    CHECK(refused({{"q", "oil"}, {"colour", "red"}}).starts_with("unknown parameter 'colour'"));
    CHECK(refused({}) == "no query given: /search?q=QUERY (or a from/to date range)");

    const JsonAnswer unknown = get(client, "/nowhere");
    CHECK(unknown.status == 404);
    CHECK(unknown.body["error"].get<std::string>().starts_with("no such endpoint"));
    // A read-only server refuses writes whoever asks.
    const JsonAnswer post = send(client, "POST", "/articles", R"({"id": "x"})", kAuthorized);
    CHECK(post.status == 405);
    CHECK(post.body["error"].get<std::string>().starts_with("this server is read-only"));
    CHECK(send(client, "DELETE", "/articles/morgue-sample-0001", "", kAuthorized).status == 405);
    CHECK(get(client, "/articles/morgue-sample-0001").status == 200);
}

TEST_CASE("serve: writes need the token, are searchable once answered, and a wrong token changes nothing") {
    testing::TempDir dir;
    const std::string db = dir / "writable.db";
    SampleDatabase::index(db);
    RunningServer server(db, {"--writable", "--token-file", write_token_file(dir)});
    auto client = server.client();
    const std::string body = R"({"id": "new-1", "headline": "Harbour cranes idle", "body": "Zanzibarian cranes stood idle.", "date": "2012-05-01"}
{"id": "new-2", "headline": "Second crane story", "body": "More zanzibarian cranes."}
this line is not an article
)";
    for (const auto& headers : {httplib::Headers{}, kWrongToken, httplib::Headers{{"Authorization", kToken}}}) {
        const JsonAnswer refused = send(client, "POST", "/articles", body, headers);
        CHECK(refused.status == 401);
        CHECK(refused.body["error"].is_string());
    }
    CHECK(get(client, "/articles/new-1").status == 404);
    CHECK(cli_search(db, {"zanzibarian"})["total"] == 0);

    const JsonAnswer added = send(client, "POST", "/articles", body, kAuthorized);
    REQUIRE(added.status == 200);
    CHECK(added.body["indexed"] == 2);
    CHECK(added.body["rejected"] == 1);
    CHECK(added.body["errors"] == true);
    CHECK(added.body["problems"][0]["line"] == 3);
    CHECK(added.body["problems"][0]["error"].get<std::string>().starts_with("invalid JSON"));
    // Committed before the answer: the server's searchers and another program see it.
    CHECK(get(client, "/articles/new-1").body["headline"] == "Harbour cranes idle");
    CHECK(get(client, "/search?q=zanzibarian").body["total"] == 2);
    CHECK(cli_search(db, {"zanzibarian"})["total"] == 2);
    CHECK(get(client, "/stats").body["writable"] == true);

    CHECK(send(client, "POST", "/articles", "\n\n", kAuthorized).status == 400);
    CHECK(send(client, "DELETE", "/articles/new-1", "", {}).status == 401);
    CHECK(send(client, "DELETE", "/articles/new-1", "", kWrongToken).status == 401);
    CHECK(get(client, "/articles/new-1").status == 200);
    const JsonAnswer deleted = send(client, "DELETE", "/articles/new-1", "", kAuthorized);
    CHECK(deleted.status == 200);
    CHECK(deleted.body["deleted"] == "new-1");
    CHECK(get(client, "/articles/new-1").status == 404);
    CHECK(send(client, "DELETE", "/articles/new-1", "", kAuthorized).status == 404);
    CHECK(get(client, "/search?q=zanzibarian").body["total"] == 1);

    const testing::ChildResult stopped = server.stop();
    INFO(stopped.err);
    CHECK(stopped.exit_code == 0);
    CHECK(cli_search(db, {"zanzibarian"})["total"] == 1);
}

TEST_CASE("serve: a writable server starts on a new database") {
    testing::TempDir dir;
    const std::string db = dir / "new.db";
    RunningServer server(db, {"--writable", "--token-file", write_token_file(dir)});
    auto client = server.client();
    CHECK(get(client, "/stats").body["articles"] == 0);
    CHECK(send(client, "POST", "/articles", R"({"id": "first", "headline": "The first story"})", kAuthorized).status == 200);
    CHECK(get(client, "/search?q=first").body["total"] == 1);
}

TEST_CASE("serve: a body past --max-body-bytes is refused whole") {
    testing::TempDir dir;
    const std::string db = dir / "small-body.db";
    SampleDatabase::index(db);
    RunningServer server(db, {"--writable", "--token-file", write_token_file(dir), "--max-body-bytes", "1000"});
    auto client = server.client();
    std::string body;
    for (int i = 0; body.size() < 2000; ++i) body += R"({"id": "big-)" + std::to_string(i) + R"(", "headline": "x"})" "\n";
    const JsonAnswer refused = send(client, "POST", "/articles", body, kAuthorized);
    CHECK(refused.status == 413);
    CHECK(refused.body["error"] == "request body too large");
    auto fresh = server.client();
    CHECK(get(fresh, "/articles/big-0").status == 404);
}

TEST_CASE("serve: --token-for-reads makes every read need the token, but not /health") {
    testing::TempDir dir;
    RunningServer server(samples().path, {"--token-file", write_token_file(dir), "--token-for-reads"});
    auto client = server.client();
    CHECK(get(client, "/search?q=cocoa").status == 401);
    CHECK(get(client, "/search?q=cocoa", kWrongToken).status == 401);
    CHECK(get(client, "/stats").status == 401);
    CHECK(get(client, "/articles/morgue-sample-0001").status == 401);
    CHECK(get(client, "/search?q=cocoa", kAuthorized).status == 200);
    CHECK(get(client, "/health").status == 200);
}

TEST_CASE("serve: concurrent clients all get the answers morgue-search gives") {
    RunningServer server(samples().path, {"--threads", "4"});
    std::vector<std::pair<std::string, nlohmann::json>> expected;
    for (const Search& search : kSampleSearches)
        expected.emplace_back("/search" + query_string(search.http), cli_search(samples().path, search.cli));
    constexpr std::size_t kClients = 8;
    constexpr std::size_t kRequestsEach = 40;
    std::atomic<std::size_t> failures = 0, answered = 0;
    std::vector<std::thread> clients;
    for (std::size_t c = 0; c < kClients; ++c) {
        clients.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", server.port());
            client.set_read_timeout(std::chrono::seconds(120));
            for (std::size_t r = 0; r < kRequestsEach; ++r) {
                const auto& [path, want] = expected[(c * 7 + r) % expected.size()];
                const auto result = client.Get(path);
                if (!result || result->status != 200 ||
                    comparable(nlohmann::json::parse(result->body, nullptr, false)) != want)
                    ++failures;
                else
                    ++answered;
            }
        });
    }
    for (auto& thread : clients) thread.join();
    CHECK(failures == 0);
    CHECK(answered == kClients * kRequestsEach);
}

TEST_CASE("serve: search results equal morgue-search --json on Reuters-21578") {
    const std::filesystem::path reuters = std::filesystem::path(MORGUE_SHARED_CORPORA) / "reuters21578" / "reut2-000.sgm";
    if (!std::filesystem::exists(reuters)) {
        MESSAGE("SKIPPED: " << reuters.string() << " is absent");
        return;
    }
    testing::TempDir dir;
    const std::string db = dir / "reuters.db";
    const auto indexed = run(MORGUE_INDEX_BIN, {"--db", db, reuters.string()});
    INFO(indexed.err);
    REQUIRE(indexed.exit_code <= 1);
    RunningServer server(db);
    auto client = server.client();
    check_same_results(db, client,
                       {{{"cocoa"}, {{"q", "cocoa"}}},
                        {{"\"interest rates\"", "--sort", "newest", "--limit", "5"},
                         {{"q", "\"interest rates\""}, {"sort", "newest"}, {"limit", "5"}}},
                        {{"oil prices", "--facet", "topic", "--facet", "month"},
                         {{"q", "oil prices"}, {"facet", "topic"}, {"facet", "month"}}},
                        {{"topic:grain", "--offset", "10"}, {{"q", "topic:grain"}, {"offset", "10"}}},
                        {{"econom*", "--any"}, {{"q", "econom*"}, {"match", "any"}}},
                        {{"bank NEAR/3 rates", "--from", "1987-02-26", "--to", "1987-03"},
                         {{"q", "bank NEAR/3 rates"}, {"from", "1987-02-26"}, {"to", "1987-03"}}}});
}

}  // namespace morgue::serve_test
