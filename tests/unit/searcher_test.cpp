#include "temp_database.hpp"

#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace morgue {
namespace {

Article make(std::string id, std::string headline, std::string body, std::optional<DateTime> date,
             std::vector<std::string> topics = {}) {
    Article a;
    a.id = std::move(id);
    a.headline = std::move(headline);
    a.body = std::move(body);
    a.date = date;
    a.topics = std::move(topics);
    a.source = "Reuters";
    return a;
}

struct Archive {
    testing::TempDatabase db;
    Archive() {
        Indexer indexer({.database = db.path()});
        indexer.add(make("body", "Markets close higher", "Cocoa rose in quiet trade. Traders said little else moved.", DateTime{1987, 3, 2}, {"cocoa"}));
        indexer.add(make("headline", "Cocoa prices rise", "Traders said prices moved on weather.", DateTime{1987, 3, 20}, {"cocoa"}));
        indexer.add(make("later", "Oil steady", "Crude oil held steady; cocoa was not traded.", DateTime{1987, 4, 1}, {"crude"}));
        indexer.add(make("undated", "Cocoa notes", "Notes on cocoa.", std::nullopt));
        indexer.commit();
    }
};

std::vector<std::string> ids(const SearchResponse& response) {
    std::vector<std::string> out;
    for (const Hit& hit : response.hits) out.push_back(hit.article.id);
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("searcher: a headline match outranks a body match") {
    Archive archive;
    Searcher searcher(archive.db.path());
    const auto response = searcher.search({.query = "cocoa", .from = DateTime{1987, 1, 1}});
    REQUIRE(response.total == 3);
    CHECK(response.hits.front().article.id == "headline");
    CHECK(response.hits.front().score > response.hits.back().score);
    CHECK(response.hits.front().rank == 1);
}

TEST_CASE("searcher: a two-word byline matches as the phrase would: adjacent, in order, within one name") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path()});
        const auto add = [&](std::string id, std::vector<std::string> byline) {
            Article a = make(std::move(id), "Belarus talks", "Talks went on.", DateTime{2010, 3, 2});
            a.byline = std::move(byline);
            indexer.add(a);
        };
        add("exact", {"Hu Haiyan"});
        add("second author", {"Li Wei", "Hu Haiyan"});
        add("reversed", {"Haiyan Hu"});
        add("across two names", {"Li Hu", "Haiyan Wang"});
        add("middle name", {"Hu Xiao Haiyan"});
        indexer.commit();
    }
    Searcher searcher(db.path());
    const auto found = ids(searcher.search({.query = "byline:\"hu haiyan\""}));
    CHECK(std::set<std::string>(found.begin(), found.end()) == std::set<std::string>{"exact", "second author"});
    // Three words stay a phrase over positions.
    CHECK(ids(searcher.search({.query = "byline:\"Hu Xiao Haiyan\""})) == Ids{"middle name"});
}

TEST_CASE("searcher: sorting by date, paging and date bounds") {
    Archive archive;
    Searcher searcher(archive.db.path());
    CHECK(ids(searcher.search({.query = "cocoa", .sort = SortOrder::Newest})) == Ids{"later", "headline", "body", "undated"});
    CHECK(ids(searcher.search({.query = "cocoa", .sort = SortOrder::Oldest})) == Ids{"body", "headline", "later", "undated"});
    CHECK(ids(searcher.search({.query = "cocoa", .sort = SortOrder::Oldest, .offset = 1, .limit = 2})) == Ids{"headline", "later"});
    const auto page = searcher.search({.query = "cocoa", .sort = SortOrder::Newest, .offset = 2, .limit = 1});
    CHECK(page.hits.front().rank == 3);
    CHECK(page.total == 4);
    CHECK(ids(searcher.search({.query = "cocoa", .from = DateTime{1987, 3, 3}, .to = DateTime{1987, 3, 31}})) == Ids{"headline"});
    CHECK(ids(searcher.search({.from = DateTime{1987, 4, 1}})) == Ids{"later"});  // a date range alone lists its articles
    CHECK_THROWS_AS(searcher.search({.query = "x", .from = DateTime{1987, 4, 1}, .to = DateTime{1987, 3, 1}}), RequestError);
}

TEST_CASE("searcher: facets count the whole match set, not the page") {
    Archive archive;
    Searcher searcher(archive.db.path());
    const auto response = searcher.search({.query = "cocoa", .limit = 1, .facets = {"topic", "month"}});
    REQUIRE(response.facets.size() == 2);
    CHECK(response.facets[0].name == "topic");
    CHECK(response.facets[0].values == std::vector<FacetValue>{{"cocoa", 2}, {"crude", 1}});
    CHECK(response.facets[1].values == std::vector<FacetValue>{{"1987-03", 2}, {"1987-04", 1}});
    CHECK_THROWS_WITH_AS(searcher.search({.query = "cocoa", .facets = {"colour"}}), doctest::Contains("unknown facet 'colour'"), RequestError);
}

TEST_CASE("searcher: snippets highlight the stemmed query words") {
    Archive archive;
    Searcher searcher(archive.db.path());
    const auto response = searcher.search({.query = "headline:prices traders"});
    REQUIRE(response.hits.size() == 1);
    CHECK(response.hits[0].snippet == "<em>Traders</em> said <em>prices</em> moved on weather.");
    CHECK(searcher.search({.query = "cocoa", .snippets = false}).hits[0].snippet.empty());
}

TEST_CASE("searcher: JSON has the documented shape") {
    Archive archive;
    Searcher searcher(archive.db.path());
    const auto json = nlohmann::json::parse(to_json(searcher.search({.query = "oil", .facets = {"year"}})));
    CHECK(json["query"] == "oil");
    CHECK(json["total"] == 1);
    CHECK(json["total_exact"] == true);
    CHECK(json["hits"][0]["id"] == "later");
    CHECK(json["hits"][0]["date"] == "1987-04-01");
    CHECK(json["hits"][0]["topics"] == nlohmann::json::array({"crude"}));
    CHECK(json["facets"]["year"] == nlohmann::json::parse(R"([{"value":"1987","count":1}])"));
}

TEST_CASE("searcher: a missing database is a DatabaseError naming the path") {
    testing::TempDatabase db;
    CHECK_THROWS_WITH_AS(Searcher(db.path()), doctest::Contains(("no morgue database at " + db.path()).c_str()), DatabaseError);
}

TEST_CASE("searcher: a searcher sees what an indexer commits after it opened") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path()});
    indexer.add(make("1", "Cocoa", "cocoa", DateTime{1987, 3, 2}));
    indexer.commit();
    Searcher searcher(db.path());
    CHECK(searcher.search({.query = "cocoa"}).total == 1);
    indexer.add(make("2", "Cocoa again", "cocoa", DateTime{1987, 3, 3}));
    indexer.commit();
    CHECK(searcher.search({.query = "cocoa"}).total == 2);
}

}  // namespace morgue
