// Queries typed without the punctuation of the words they look for ("u s", "2 77", "italy s") find them.
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

namespace morgue {

TEST_CASE("typed punctuation: 'u s' and '2 77' find U.S. and 2.77; the dotted forms still do") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path(), .language = "english"});
        Article wells;
        wells.id = "wells";
        wells.headline = "WELLS FARGO AND CO 3RD QTR SHR 2.77 DLRS VS 1.35 DLRS";
        wells.body = "The U.S. bank said Italy\xE2\x80\x99s net income rose.";
        indexer.add(wells);
        Article other;
        other.id = "other";
        other.headline = "WELLS FARGO AND CO <WFC> 3RD QTR NET";
        other.body = "Wells Fargo and Co said its third quarter net income rose, with shr 1.10 dlrs.";
        indexer.add(other);
        indexer.commit();
    }
    Searcher searcher(db.path());
    const auto first = [&](const std::string& query, MatchMode match = MatchMode::All) {
        const SearchResponse response = searcher.search({.query = query, .match = match});
        return response.hits.empty() ? std::string("(none)") : response.hits.front().article.id;
    };
    CHECK(first("u s bank") == "wells");
    CHECK(first("U.S. bank") == "wells");
    CHECK(first("italy s net income") == "wells");
    CHECK(first("Italy's net income") == "wells");
    CHECK(first("shr 2 77 dlrs") == "wells");
    CHECK(first("shr 2.77 dlrs") == "wells");
    CHECK(first("wells fargo and co 3rd qtr shr 2 77 dlrs vs 1 35 dlrs", MatchMode::Most) == "wells");
    // A word's parts are not a phrase of it: "2 77" as a phrase would need 77 after 2.
    CHECK(searcher.search({.query = "\"1 10\""}).hits.empty());
}

}  // namespace morgue
