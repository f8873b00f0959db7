// morgue's posting sources on a database of two shards (Xapian::Database::add_database, or a stub
// file naming both): Xapian refuses a source that cannot be cloned on every shard but the first.
#include "id_sources.hpp"
#include "presence_source.hpp"
#include "random_articles.hpp"
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace morgue {
namespace {


std::vector<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    return {mset.begin(), mset.end()};
}

// Articles 1..n, the odd ones in shard `first`, the even ones in `second`, and all of them in
// `whole`: a multi-database interleaves its shards' ids, so the two-shard ids equal `whole`'s.
struct ShardedArchive {
    testing::TempDatabase first, second, whole;
    testing::TempDir stub_dir;
    std::string stub = stub_dir / "two-shards.stub";

    explicit ShardedArchive(int n) {
        std::mt19937 random(23);
        Indexer a({.database = first.path()}), b({.database = second.path()}), all({.database = whole.path()});
        for (int id = 1; id <= n; ++id) {
            const Article article = testing::random_article(id, random, {.max_extra_words = 40, .topic = true});
            (id % 2 ? a : b).add(article);
            all.add(article);
        }
        // Lists in the shards name the shards' own ids: a two-shard search must not use them.
        a.build_top_lists({.list_size = 10, .min_articles = 20});
        b.build_top_lists({.list_size = 10, .min_articles = 20});
        all.commit();
        std::ofstream(stub) << "auto " << first.path() << "\nauto " << second.path() << "\n";
    }

    Xapian::Database two_shards() const {
        Xapian::Database db(first.path());
        db.add_database(Xapian::Database(second.path()));
        return db;
    }
};

}  // namespace

TEST_CASE("multi-database: every posting source matches on both shards") {
    const ShardedArchive archive(60);
    const Xapian::Database sharded = archive.two_shards();
    const Xapian::Database whole(archive.whole.path());
    REQUIRE(sharded.size() == 2);

    // PresenceSource reads each shard's postings: the same articles as on one database.
    const Xapian::Query presence((new PresenceSource({"cocoa", "zebra"}, 1.0))->release());
    CHECK(matches(sharded, presence) == matches(whole, Xapian::Query("cocoa")));
    CHECK_FALSE(matches(sharded, presence).empty());

    // The id sources hold one database's ids; cloned on each shard, they match there and do not throw.
    const Xapian::Query ids((new ScoredIdsSource({1, 2}, {1.0, 1.0}))->release());
    CHECK(matches(sharded, ids).size() == 4);  // ids 1 and 2 of each shard
    const Xapian::Query newer((new NewerSource(29))->release());
    CHECK(matches(sharded, newer).size() == 2);  // id 30 of each shard
}

TEST_CASE("multi-database: a searcher over a two-shard stub ranks as over one database") {
    const ShardedArchive archive(200);
    Searcher sharded(archive.stub), whole(archive.whole.path());
    // One frequent word (a top-list query), with a filter, and a default-mode query that relaxes
    // (no article holds "zebra"), counting the words held with PresenceSource on both shards.
    for (const std::string query : {"cocoa", "cocoa topic:grain", "cocoa wheat zebra", "headline:oil", "gold OR sugar"}) {
        CAPTURE(query);
        const SearchRequest request{.query = query, .limit = 10, .facets = {"topic"}, .snippets = false};
        const SearchResponse two = sharded.search(request), one = whole.search(request);
        REQUIRE(two.hits.size() == one.hits.size());
        for (std::size_t i = 0; i < one.hits.size(); ++i) {
            CHECK(two.hits[i].article.id == one.hits[i].article.id);
            CHECK(two.hits[i].score == doctest::Approx(one.hits[i].score));
        }
        CHECK(two.total == one.total);
        CHECK(two.relaxed == one.relaxed);
        REQUIRE(two.facets.size() == 1);
        CHECK(two.facets[0].values == one.facets[0].values);
    }
}

}  // namespace morgue
