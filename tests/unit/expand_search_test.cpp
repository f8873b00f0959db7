// --expand (SearchRequest::expand): pseudo-relevance feedback through the whole searcher.
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace morgue {
namespace {

Article make(std::string id, std::string headline, std::string body) {
    Article a;
    a.id = std::move(id);
    a.headline = std::move(headline);
    a.body = std::move(body);
    return a;
}

// Two oil articles about the cartel's quotas, one about a pipeline that says "oil" most, one cartel
// article that never says "oil", and unrelated ones.
struct CartelArchive {
    testing::TempDatabase db;
    CartelArchive() {
        Indexer indexer({.database = db.path(), .language = "none"});
        indexer.add(make("oil1", "oil output", "oil oil pipeline leak"));
        indexer.add(make("oil2", "oil prices", "oil cartel quota barrels cut"));
        indexer.add(make("oil3", "oil talks", "oil cartel quota barrels ministers"));
        indexer.add(make("cartel", "vienna meeting", "the cartel kept its quota of barrels"));
        for (int i = 0; i < 20; ++i)
            indexer.add(make("grain" + std::to_string(i), "grain harvest", "wheat and maize harvest in the plains"));
        indexer.commit();
    }
};

std::vector<std::string> ids(const SearchResponse& response) {
    std::vector<std::string> out;
    for (const Hit& hit : response.hits) out.push_back(hit.article.id);
    return out;
}

bool holds(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

}  // namespace

TEST_CASE("expand: the words the best matches share find an article without the query's word") {
    CartelArchive archive;
    Searcher searcher(archive.db.path());
    const SearchResponse plain = searcher.search({.query = "oil", .match = MatchMode::Any});
    CHECK_FALSE(holds(ids(plain), "cartel"));
    CHECK(plain.total == 3);

    const SearchResponse expanded = searcher.search({.query = "oil", .match = MatchMode::Any, .expand = true});
    const auto found = ids(expanded);
    REQUIRE(found.size() == 4);
    CHECK(found.back() == "cartel");  // below every article holding the word itself
    CHECK_FALSE(holds(found, "grain0"));
}

TEST_CASE("expand: where every word is required, the added words only re-rank") {
    CartelArchive archive;
    Searcher searcher(archive.db.path());
    const SearchResponse strict = searcher.search({.query = "oil", .match = MatchMode::All, .expand = true});
    CHECK(strict.total == 3);
    CHECK_FALSE(holds(ids(strict), "cartel"));
    // The default mode answers one word as --all does: nothing could be left out.
    CHECK(ids(searcher.search({.query = "oil"})).front() == "oil1");
    const SearchResponse most = searcher.search({.query = "oil", .expand = true});
    CHECK(most.total == 3);
    CHECK(ids(most).front() != "oil1");  // the two that share the cartel's words rise above it
}

TEST_CASE("expand: sorted by date nothing is added") {
    CartelArchive archive;
    Searcher searcher(archive.db.path());
    const SearchResponse newest =
        searcher.search({.query = "oil", .sort = SortOrder::Newest, .match = MatchMode::Any, .expand = true});
    CHECK(newest.total == 3);
}

}  // namespace morgue
