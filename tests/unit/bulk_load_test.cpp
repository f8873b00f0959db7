#include "temp_database.hpp"

#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>
#include <morgue/terms.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <set>

namespace morgue {
namespace {

Article article(int id, std::string headline) {
    Article a;
    a.id = std::to_string(id);
    a.headline = std::move(headline);
    a.body = "Cocoa showers continued throughout the week in the Bahia zone, article " + std::to_string(id) + ".";
    a.date = DateTime{1987, 2, 1 + id % 28, 15, 1, 1, true};
    return a;
}

IndexerOptions bulk(const std::string& path) {
    // Shards of three articles on two threads: even a small load is split and merged.
    return {.database = path, .threads = 2, .bulk = true, .bulk_shard_size = 3};
}

std::set<std::string> stored_ids(const std::string& path) {
    Xapian::Database db(path);
    std::set<std::string> ids;
    for (auto it = db.allterms_begin(id_term("")); it != db.allterms_end(id_term("")); ++it)
        ids.insert((*it).substr(id_term("").size()));
    return ids;
}

std::uint64_t hits(const std::string& path, const std::string& query) {
    return Searcher(path).search({.query = query, .limit = 0}).total;
}

}  // namespace

TEST_CASE("bulk load: the merged shards hold what indexing one by one gives") {
    testing::TempDatabase one_by_one, loaded;
    {
        Indexer indexer({.database = one_by_one.path()});
        for (int id = 1; id <= 40; ++id) indexer.add(article(id, id % 2 ? "Cocoa review" : "Oil prices"));
        indexer.commit();
    }
    {
        Indexer indexer(bulk(loaded.path()));
        for (int id = 1; id <= 40; ++id) indexer.add(article(id, id % 2 ? "Cocoa review" : "Oil prices"));
        CHECK(Xapian::Database(loaded.path()).get_doccount() == 0);  // nothing visible before the commit
        indexer.commit();
        CHECK(indexer.counts().added == 40);
        CHECK(indexer.document_count() == 40);
    }
    CHECK(stored_ids(loaded.path()) == stored_ids(one_by_one.path()));
    for (const char* query : {"cocoa", "headline:oil", "\"bahia zone\"", "date:1987-02-03", "article 17"})
        CHECK_MESSAGE(hits(loaded.path(), query) == hits(one_by_one.path(), query), query);
    CHECK_FALSE(std::filesystem::exists(loaded.path() + ".bulk"));  // the shards are gone
}

TEST_CASE("bulk load: a repeated id keeps its last version, counted as one indexing one by one counts it") {
    for (const bool use_bulk : {true, false}) {
        CAPTURE(use_bulk);
        testing::TempDatabase db;
        Indexer indexer(use_bulk ? bulk(db.path()) : IndexerOptions{.database = db.path(), .threads = 2});
        for (int id = 1; id <= 10; ++id) indexer.add(article(id, "first version"));
        indexer.add(article(4, "second version"));
        indexer.add(article(4, "third version"));
        indexer.commit();
        CHECK(indexer.counts().added == 10);
        CHECK(indexer.counts().replaced == 2);
        CHECK(indexer.document_count() == 10);
        CHECK(hits(db.path(), "headline:third") == 1);
        CHECK(hits(db.path(), "headline:second") == 0);
        CHECK(hits(db.path(), "headline:first") == 9);
    }
}

TEST_CASE("bulk load: another indexer cannot write to the database while it loads") {
    testing::TempDatabase db;
    {
        Indexer loading(bulk(db.path()));
        loading.add(article(1, "loaded"));
        CHECK_THROWS_AS(Indexer({.database = db.path()}), DatabaseLockedError);
        loading.commit();
    }
    Indexer after({.database = db.path()});
    CHECK(after.document_count() == 1);
}

TEST_CASE("bulk load: after the first commit, more articles are added as usual") {
    testing::TempDatabase db;
    Indexer indexer(bulk(db.path()));
    for (int id = 1; id <= 5; ++id) indexer.add(article(id, "loaded"));
    indexer.commit();
    indexer.add(article(6, "added later"));
    indexer.add(article(1, "replaced later"));
    CHECK(indexer.remove("2"));
    indexer.commit();
    CHECK(indexer.document_count() == 5);
    CHECK(indexer.counts().added == 6);
    CHECK(indexer.counts().replaced == 1);
    CHECK(hits(db.path(), "headline:later") == 2);
}

TEST_CASE("bulk load: refuses a database that holds articles, and deletes") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path()});
        indexer.add(article(1, "kept"));
        indexer.commit();
    }
    CHECK_THROWS_WITH_AS(Indexer(bulk(db.path())), doctest::Contains("already holds 1 articles; index without --bulk"),
                         DatabaseError);
    CHECK(Xapian::Database(db.path()).get_doccount() == 1);

    testing::TempDatabase fresh;
    Indexer indexer(bulk(fresh.path()));
    CHECK_THROWS_WITH_AS(indexer.remove("1"), doctest::Contains("only adds"), Error);
}

TEST_CASE("bulk load: one load at a time, and a killed load's leftovers are cleared") {
    testing::TempDatabase db;
    std::filesystem::create_directories(db.path() + ".bulk/shard-0-7");
    std::ofstream(db.path() + ".bulk/shard-0-7/postlist.glass") << "left by a killed run";
    {
        Indexer first(bulk(db.path()));
        CHECK_FALSE(std::filesystem::exists(db.path() + ".bulk/shard-0-7"));
        CHECK_THROWS_AS(Indexer(bulk(db.path())), DatabaseLockedError);
        first.add(article(1, "one"));
        // Destroyed without commit: nothing is kept, as after a kill.
    }
    CHECK_FALSE(std::filesystem::exists(db.path() + ".bulk"));
    Indexer again(bulk(db.path()));
    again.add(article(1, "one"));
    again.commit();
    CHECK(again.document_count() == 1);
}

TEST_CASE("bulk load: an empty load still leaves a database that opens") {
    testing::TempDatabase db;
    Indexer indexer(bulk(db.path()));
    indexer.commit();
    CHECK(Xapian::Database(db.path()).get_doccount() == 0);
    CHECK(hits(db.path(), "anything") == 0);
}

}  // namespace morgue

namespace morgue {

TEST_CASE("bulk load: more shards than one merge takes are merged in rounds") {
    testing::TempDatabase db;
    IndexerOptions options = bulk(db.path());
    options.bulk_shard_size = 1;  // 150 shards: three merges of at most 64, then one of those
    Indexer indexer(options);
    for (int id = 1; id <= 150; ++id) indexer.add(article(id, "round"));
    indexer.commit();
    CHECK(indexer.document_count() == 150);
    CHECK(stored_ids(db.path()).size() == 150);
    CHECK(hits(db.path(), "headline:round") == 150);
}

}  // namespace morgue
