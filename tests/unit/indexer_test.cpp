#include "temp_database.hpp"

#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/schema.hpp>

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
    CHECK(indexer.add(article("1", "BAHIA COCOA REVIEW")) == AddResult::Added);
    CHECK(indexer.add(article("2", "OTHER")) == AddResult::Added);
    CHECK(indexer.add(article("1", "BAHIA COCOA REVIEW, CORRECTED")) == AddResult::Replaced);
    indexer.commit();
    CHECK(indexer.document_count() == 2);

    Xapian::Database reader(db.path());
    CHECK(reader.get_doccount() == 2);
    CHECK(reader.term_exists("Scorrect"));  // the new headline's words, stemmed, in the headline prefix
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

TEST_CASE("indexer: uncommitted articles are not kept without commit()") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path(), .batch_size = 2});
        indexer.add(article("1", "A"));
        indexer.add(article("2", "B"));  // the batch commits here
        indexer.add(article("3", "C"));
    }
    CHECK(Xapian::Database(db.path()).get_doccount() == 2);
}

TEST_CASE("indexer: bad articles are refused with a reason") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path()});
    CHECK_THROWS_WITH_AS(indexer.add(article("", "no id")), "article has no id", Error);
    Article klingon = article("k", "tlhIngan");
    klingon.language = "klingon";
    CHECK_THROWS_WITH_AS(indexer.add(klingon), doctest::Contains("unsupported language 'klingon'"), Error);
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
