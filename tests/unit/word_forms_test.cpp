// A word's forms (a wildcard's expansions, a word's stems in several languages) over shards.
// Xapian 1.4.22's OP_MAX read a deleted posting list when every form's list ended at the same
// article of a shard and the multi-database then recalculated its maximum weight: a crash under
// AddressSanitizer (CI runs this suite so), freed memory read silently otherwise. The shards here
// end that way: each one's last article holds both forms.
#include "temp_dir.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

namespace morgue {
namespace {

Article article(int id, const std::string& body) {
    return {.id = std::to_string(id), .headline = "Report " + std::to_string(id), .body = body};
}

}  // namespace

TEST_CASE("word forms: a wildcard over two shards whose last articles hold both forms answers as one database") {
    const testing::TempDir dir;
    const std::string whole = dir / "whole";
    const std::vector<std::string> shards{dir / "shard-1", dir / "shard-2"};
    {
        Indexer one({.database = whole});
        Indexer first({.database = shards[0]}), second({.database = shards[1]});
        for (int id = 1; id <= 40; ++id) {
            const bool last_of_shard = id >= 39;  // ids deal round-robin: 39 ends shard 1, 40 shard 2
            const std::string body = last_of_shard ? "economy and econometrics in one report"
                                     : id % 3 == 0 ? "the economy grew"
                                     : id % 5 == 0 ? "econometrics of prices"
                                                   : "weather and sport";
            one.add(article(id, body));
            (id % 2 ? first : second).add(article(id, body));
        }
        one.commit();
        first.commit();
        second.commit();
    }
    const std::string collection = dir / "collection";
    std::ofstream(collection) << "auto " << shards[0] << "\nauto " << shards[1] << "\n";

    Searcher one(whole), sharded(collection);
    for (const char* query : {"econom*", "econom* report", "econom* -weather"}) {
        CAPTURE(query);
        for (const MatchMode mode : {MatchMode::Most, MatchMode::Any, MatchMode::All}) {
            const SearchRequest request{.query = query, .match = mode, .limit = 50, .facets = {"year"}, .snippets = false};
            const SearchResponse expected = one.search(request);
            const SearchResponse got = sharded.search(request);
            REQUIRE_FALSE(expected.hits.empty());
            REQUIRE(got.hits.size() == expected.hits.size());
            CHECK(got.total == expected.total);
            for (std::size_t i = 0; i < got.hits.size(); ++i) {
                CHECK(got.hits[i].article.id == expected.hits[i].article.id);
                CHECK(got.hits[i].score == doctest::Approx(expected.hits[i].score));
            }
        }
    }
    // Both forms are found: 12 articles say only "economy", 5 only "econometrics", 2 both.
    const SearchResponse forms = one.search({.query = "econom*", .limit = 50, .snippets = false});
    CHECK(forms.total == 12 + 5 + 2);
    // An article holding both forms comes first.
    REQUIRE_FALSE(forms.hits.empty());
    CHECK((forms.hits[0].article.id == "39" || forms.hits[0].article.id == "40"));
}

}  // namespace morgue
