#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace morgue {
namespace {

Article dated(std::string id, std::string headline, DateTime date, std::string language = {}) {
    Article a;
    a.id = std::move(id);
    a.headline = std::move(headline);
    a.body = a.headline + ", said the traders.";
    a.date = date;
    a.language = std::move(language);
    return a;
}

bool holds(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("searcher overview: an article by id, as of the newest commit") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path(), .detect_language = false});
    indexer.add(dated("a/1 with space", "Cocoa rises", {1987, 3, 2}));
    indexer.commit();
    Searcher searcher(db.path());
    const std::optional<Article> found = searcher.article("a/1 with space");
    REQUIRE(found);
    CHECK(found->headline == "Cocoa rises");
    CHECK(found->date == DateTime{1987, 3, 2});
    CHECK_FALSE(searcher.article("a/1"));
    CHECK_FALSE(searcher.article(""));

    indexer.add(dated("b", "Oil falls", {1987, 4, 1}));
    indexer.remove("a/1 with space");
    indexer.commit();
    CHECK(searcher.article("b"));  // the searcher reopens to see the commit
    CHECK_FALSE(searcher.article("a/1 with space"));
}

TEST_CASE("searcher overview: stats count articles, their dates, languages, fields and facets") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path(), .detect_language = false});
    indexer.add(dated("1", "Cocoa rises", {1987, 3, 2}));
    indexer.add(dated("2", "Le cacao monte", {1988, 5, 6}, "french"));
    indexer.commit();
    Searcher searcher(db.path());
    const DatabaseStats stats = searcher.stats();
    CHECK(stats.articles == 2);
    CHECK(stats.earliest == DateTime{1987, 3, 2});
    CHECK(stats.latest == DateTime{1988, 5, 6});
    CHECK(holds(stats.languages, "english"));
    CHECK(holds(stats.languages, "french"));
    CHECK(holds(stats.fields, "headline"));
    CHECK(holds(stats.fields, "byline"));
    CHECK(holds(stats.facets, "month"));
    CHECK(holds(stats.facets, "topic"));

    indexer.add(dated("3", "Gold", {1990, 1, 1}));
    indexer.commit();
    CHECK(searcher.stats().articles == 3);
    CHECK(searcher.stats().latest == DateTime{1990, 1, 1});
}

TEST_CASE("searcher overview: the stats as JSON, dates as ISO text or null") {
    DatabaseStats stats{.articles = 2, .earliest = DateTime{1987, 3, 2}, .latest = std::nullopt,
                        .languages = {"english"}, .fields = {"headline"}, .facets = {"month"}};
    const auto json = nlohmann::json::parse(to_json(stats));
    CHECK(json == nlohmann::json{{"articles", 2}, {"earliest", "1987-03-02"}, {"latest", nullptr},
                                 {"languages", {"english"}}, {"fields", {"headline"}}, {"facets", {"month"}}});
}

}  // namespace morgue
