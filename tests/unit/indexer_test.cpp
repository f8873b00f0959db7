#include "temp_database.hpp"

#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

namespace morgue {
namespace {

Article article(std::string id, std::string headline) {
    Article a;
    a.id = std::move(id);
    a.headline = std::move(headline);
    a.body = "Showers continued throughout the week in the Bahia cocoa zone.";
    a.date = DateTime{1987, 2, 26, 15, 1, 1, true};
    return a;
}

}  // namespace

TEST_CASE("indexer: an article replaces its earlier version by id") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path()});
    indexer.add(article("1", "BAHIA COCOA REVIEW"));
    indexer.add(article("2", "OTHER"));
    indexer.add(article("1", "BAHIA COCOA REVIEW, CORRECTED"));
    indexer.commit();
    CHECK(indexer.counts().added == 2);
    CHECK(indexer.counts().replaced == 1);
    CHECK(indexer.document_count() == 2);

    Xapian::Database reader(db.path());
    CHECK(reader.get_doccount() == 2);
    CHECK(reader.term_exists("Scorrect"));  // the new headline's words, stemmed, in the headline prefix
}

TEST_CASE("indexer: articles are written in the order added, whatever the number of threads") {
    for (unsigned threads : {1u, 2u, 8u}) {
        CAPTURE(threads);
        testing::TempDatabase db;
        Indexer indexer({.database = db.path(), .batch_size = 7, .threads = threads});
        for (int version = 0; version < 300; ++version)
            indexer.add(article(std::to_string(version % 3), "version" + std::to_string(version)));
        indexer.commit();
        CHECK(indexer.counts().added == 3);
        CHECK(indexer.counts().replaced == 297);

        Xapian::Database reader(db.path());
        CHECK(reader.get_doccount() == 3);
        // Each id's last version wins: 297, 298 and 299.
        for (int version = 297; version < 300; ++version)
            CHECK(reader.term_exists("Sversion" + std::to_string(version)));
        CHECK(reader.get_termfreq("Sversion296") == 0);
    }
}

TEST_CASE("indexer: delete by id") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path()});
    indexer.add(article("1", "A"));
    CHECK(indexer.remove("1"));
    CHECK_FALSE(indexer.remove("1"));
    indexer.commit();
    CHECK(indexer.document_count() == 0);
}

TEST_CASE("indexer: without commit() only whole batches are kept, in the order added") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path(), .batch_size = 2});
        for (int id = 1; id <= 5; ++id) indexer.add(article(std::to_string(id), "A"));
    }
    // Articles still being analyzed when the indexer goes may be in no batch yet, so 0, 2 or 4 are
    // kept; never the odd one after the last batch, never one without those added before it.
    Xapian::Database reader(db.path());
    const auto kept = reader.get_doccount();
    CHECK(kept % 2 == 0);
    CHECK(kept <= 4);
    for (Xapian::doccount id = 1; id <= kept; ++id) CHECK(reader.term_exists(id_term(std::to_string(id))));
}

TEST_CASE("indexer: delete after add removes the article even before it is written") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path(), .threads = 2});
    for (int id = 0; id < 100; ++id) indexer.add(article(std::to_string(id), "A"));
    CHECK(indexer.remove("99"));
    indexer.commit();
    CHECK(indexer.document_count() == 99);
    CHECK(indexer.counts().removed == 1);
}

TEST_CASE("indexer: bad articles are refused with a reason") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path()});
    CHECK_THROWS_WITH_AS(indexer.add(article("", "no id")), "article has no id", Error);
    Article klingon = article("k", "tlhIngan");
    klingon.language = "klingon";
    CHECK_THROWS_WITH_AS(indexer.add(klingon), doctest::Contains("unknown language 'klingon'"), Error);
}

TEST_CASE("indexer: a second indexer on the same database is told plainly") {
    testing::TempDatabase db;
    Indexer first({.database = db.path()});
    CHECK_THROWS_WITH_AS(Indexer({.database = db.path()}), doctest::Contains("is locked by another indexer"), DatabaseLockedError);
}

TEST_CASE("indexer: a database from another schema version is refused") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path()});
        indexer.add(article("1", "A"));
        indexer.commit();
    }
    {
        Xapian::WritableDatabase raw(db.path());
        raw.set_metadata(std::string(kMetaSchemaVersion), "0");
        raw.commit();
    }
    CHECK_THROWS_WITH_AS(Indexer({.database = db.path()}), doctest::Contains("was written with morgue schema version 0"), DatabaseError);
}

}  // namespace morgue
