// One archive, four ways: one database, its articles split over 2 and over 3 local shards, and
// the same shards served by morgue-shard-server on 127.0.0.1 (TCP, and the `remote :PROGRAM`
// form). Every query of every plan must give the same hits in the same order, the same scores,
// totals and facets. Then a shard server dies: the answer comes from the others, flagged, and a
// later search finds the shard back.
#include "random_articles.hpp"
#include "served_shard.hpp"
#include "temp_dir.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>

namespace morgue {
namespace {

using testing::ServedShard;

constexpr int kArticles = 900;
const std::vector<std::string> kFacets{"topic", "month"};

// Every plan the searcher has: words (strict and relaxed), phrases, field words, wildcards,
// boolean operators, filters by topic and date, sorted by date, decayed by recency, --any, --all,
// --expand, paging, estimated totals; frequent words that one database answers from top lists.
std::vector<SearchRequest> requests() {
    std::vector<SearchRequest> out;
    for (const char* query :
         {"cocoa", "cocoa wheat", "cocoa wheat zebra", "\"cocoa oil\"", "headline:gold", "headline:\"gold bank\"",
          "co*", "oil OR sugar", "gold -bank", "ship NEAR/3 coffee", "cocoa topic:grain", "oil date:1987-02",
          "wheat date:1987-01-05..1987-02-10", "trade topic:metal date:1987-03", "filler"}) {
        out.push_back({.query = query, .limit = 20, .facets = kFacets, .snippets = false});
    }
    const auto with = [&](const char* query, auto&& change) {
        SearchRequest request{.query = query, .limit = 15, .facets = kFacets, .snippets = false};
        change(request);
        out.push_back(request);
    };
    with("cocoa", [](SearchRequest& r) { r.sort = SortOrder::Newest; });
    with("gold sugar", [](SearchRequest& r) { r.sort = SortOrder::Oldest; });
    with("oil", [](SearchRequest& r) {
        r.sort = SortOrder::Newest;
        r.offset = 30;
    });
    with("coffee sugar zebra", [](SearchRequest& r) { r.match = MatchMode::Any; });
    with("coffee sugar", [](SearchRequest& r) { r.match = MatchMode::All; });
    with("cocoa wheat", [](SearchRequest& r) { r.expand = true; });
    with("coffee zebra", [](SearchRequest& r) {
        r.expand = true;
        r.match = MatchMode::Any;
    });
    with("bank rate", [](SearchRequest& r) { r.recent_half_life_days = 20; });
    with("trade", [](SearchRequest& r) {
        r.offset = 40;
        r.exact_total = false;
    });
    with("", [](SearchRequest& r) {
        r.from = DateTime{1987, 2, 1};
        r.to = DateTime{1987, 2, 28};
        r.sort = SortOrder::Newest;
    });
    with("ship", [](SearchRequest& r) {
        r.from = DateTime{1987, 3, 1};
        r.snippets = true;
    });
    return out;
}

std::string describe(const SearchRequest& r) {
    std::ostringstream out;
    out << '"' << r.query << "\" sort " << static_cast<int>(r.sort) << " match " << static_cast<int>(r.match)
        << " offset " << r.offset << (r.expand ? " expand" : "") << (r.recent_half_life_days ? " recent" : "")
        << (r.from ? " from" : "") << (r.exact_total ? "" : " estimate");
    return out.str();
}

// The articles, dated and with topics, in one database and dealt round-robin into shards: a
// multi-database interleaves its shards' ids the same way, so even ties come in the same order.
struct Archives {
    testing::TempDir dir;
    std::string whole = dir / "whole";
    std::vector<std::string> two{dir / "two-1", dir / "two-2"};
    std::vector<std::string> three{dir / "three-1", dir / "three-2", dir / "three-3"};

    Archives() {
        std::mt19937 random(1987);
        Indexer one({.database = whole});
        std::vector<std::unique_ptr<Indexer>> twos, threes;
        for (const auto& path : two) twos.push_back(std::make_unique<Indexer>(IndexerOptions{.database = path}));
        for (const auto& path : three) threes.push_back(std::make_unique<Indexer>(IndexerOptions{.database = path}));
        for (int id = 1; id <= kArticles; ++id) {
            const Article article =
                testing::random_article(id, random, {.max_extra_words = 40, .topic = true, .date = true});
            one.add(article);
            twos[static_cast<std::size_t>(id - 1) % 2]->add(article);
            threes[static_cast<std::size_t>(id - 1) % 3]->add(article);
        }
        // One database answers frequent words from its top lists; each shard has lists of its own,
        // which a search over several shards must not use.
        const TopListLimits lists{.list_size = 40, .min_articles = 100};
        one.build_top_lists(lists);
        for (auto& indexer : twos) indexer->build_top_lists(lists);
        for (auto& indexer : threes) indexer->build_top_lists(lists);
    }

    std::string collection(const std::string& name, const std::vector<std::string>& lines) const {
        const std::string path = dir / name;
        std::ofstream out(path);
        for (const auto& line : lines) out << line << '\n';
        return path;
    }
};

std::vector<std::string> local_lines(const std::vector<std::string>& paths) {
    std::vector<std::string> lines;
    for (const auto& path : paths) lines.push_back("auto " + path);
    return lines;
}

void check_same(const SearchResponse& got, const SearchResponse& expected) {
    CHECK(got.total == expected.total);
    CHECK(got.total_exact == expected.total_exact);
    CHECK(got.relaxed == expected.relaxed);
    CHECK(got.all_words_total == expected.all_words_total);
    REQUIRE(got.hits.size() == expected.hits.size());
    for (std::size_t i = 0; i < expected.hits.size(); ++i) {
        CAPTURE(i);
        CHECK(got.hits[i].article.id == expected.hits[i].article.id);
        CHECK(std::abs(got.hits[i].score - expected.hits[i].score) <= 1e-9);
        CHECK(got.hits[i].rank == expected.hits[i].rank);
        CHECK(got.hits[i].words_matched == expected.hits[i].words_matched);
        CHECK(got.hits[i].snippet == expected.hits[i].snippet);
    }
    REQUIRE(got.facets.size() == expected.facets.size());
    for (std::size_t i = 0; i < expected.facets.size(); ++i) CHECK(got.facets[i].values == expected.facets[i].values);
}

}  // namespace

TEST_CASE("shards: one database, 2 and 3 local shards, and the same shards served on loopback answer alike") {
    const Archives archives;
    const ServedShard two_a({archives.two[0]}), two_b({archives.two[1]});
    const ServedShard three_a({archives.three[0]}), three_b({archives.three[1]}), three_c({archives.three[2]});
    const std::string program = "remote :" + testing::shard_server_program() + " --stdio ";
    const std::vector<std::pair<std::string, std::string>> configurations{
        {"2 local shards", archives.collection("two-local", local_lines(archives.two))},
        {"3 local shards", archives.collection("three-local", local_lines(archives.three))},
        {"2 remote shards", archives.collection("two-remote", {two_a.stub_line(), two_b.stub_line()})},
        {"3 remote shards",
         archives.collection("three-remote", {three_a.stub_line(), three_b.stub_line(), three_c.stub_line()})},
        {"local + remote + program",
         archives.collection("three-mixed",
                             {"auto " + archives.three[0], three_b.stub_line(), program + archives.three[2]})},
    };
    Searcher whole(archives.whole);
    std::vector<SearchResponse> expected;
    for (const SearchRequest& request : requests()) expected.push_back(whole.search(request));
    for (const auto& [name, collection] : configurations) {
        CAPTURE(name);
        Searcher sharded(collection);
        CHECK(sharded.document_count() == static_cast<std::uint64_t>(kArticles));
        const auto all = requests();
        for (std::size_t q = 0; q < all.size(); ++q) {
            CAPTURE(describe(all[q]));
            const SearchResponse got = sharded.search(all[q]);
            CHECK(got.shards.answered == got.shards.total);
            check_same(got, expected[q]);
        }
    }
}

TEST_CASE("shards: a killed shard server gives a flagged partial answer; a later search reconnects") {
    const Archives archives;
    auto first = std::make_unique<ServedShard>(std::vector<std::string>{archives.two[0]});
    const ServedShard second({archives.two[1]});
    const int port = first->port();
    const std::string collection = archives.collection("two-remote", {first->stub_line(), second.stub_line()});
    Searcher searcher(collection);
    const SearchRequest request{.query = "cocoa OR gold", .limit = 10, .facets = {"topic"}, .snippets = false};
    const SearchResponse both = searcher.search(request);
    REQUIRE(both.shards.answered == 2);

    first->kill();  // dies with the searcher connected: the next search meets a dead connection
    const SearchResponse partial = searcher.search(request);
    CHECK(partial.shards.total == 2);
    CHECK(partial.shards.answered == 1);
    REQUIRE(partial.shards.missing.size() == 1);
    CHECK(partial.shards.missing[0].starts_with("127.0.0.1:" + std::to_string(port) + " ("));
    CHECK_FALSE(partial.total_exact);
    CHECK(partial.total > 0);
    CHECK(partial.total < both.total);
    // Only the second shard's articles: the even ids (round-robin).
    for (const Hit& hit : partial.hits) CHECK(std::stoi(hit.article.id) % 2 == 0);

    // The command line says so in JSON and in text, with exit code 1.
    const testing::ChildResult json = testing::run_child(MORGUE_SEARCH_BIN, {"--db", collection, "--json", "cocoa"},
                                                         testing::within(std::chrono::seconds(60)));
    CHECK(json.exit_code == 1);
    CHECK(json.out.find(R"("shards":{"answered":1,"missing":["127.0.0.1:)") != std::string::npos);
    CHECK(json.out.find(R"("total_exact":false)") != std::string::npos);
    const testing::ChildResult text =
        testing::run_child(MORGUE_SEARCH_BIN, {"--db", collection, "cocoa"}, testing::within(std::chrono::seconds(60)));
    CHECK(text.exit_code == 1);
    CHECK(text.out.find("partial answer: 1 of 2 shards answered; missing: 127.0.0.1:") != std::string::npos);

    // The shard comes back on its port: the same searcher answers from both again.
    first = std::make_unique<ServedShard>(std::vector<std::string>{archives.two[0]}, port);
    const SearchResponse again = searcher.search(request);
    CHECK(again.shards.answered == 2);
    CHECK(again.total_exact);
    check_same(again, both);
}

TEST_CASE("shards: the server refuses what it cannot serve") {
    const testing::TempDir dir;
    const testing::ChildResult missing = testing::run_child(
        testing::shard_server_program(), {"--port", "0", dir / "nothing"}, testing::within(std::chrono::seconds(30)));
    CHECK(missing.exit_code == 3);
    CHECK(missing.err.find("morgue-shard-server: error: cannot serve") != std::string::npos);
    const testing::ChildResult no_port = testing::run_child(testing::shard_server_program(), {dir / "nothing"},
                                                            testing::within(std::chrono::seconds(30)));
    CHECK(no_port.exit_code == 2);
}

}  // namespace morgue
