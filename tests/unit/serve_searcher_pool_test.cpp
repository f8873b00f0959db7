#include "searcher_pool.hpp"
#include "temp_database.hpp"

#include <morgue/indexer.hpp>

#include <doctest/doctest.h>

namespace morgue::serve {
namespace {

void make_database(const std::string& path) {
    Indexer indexer({.database = path, .detect_language = false});
    Article article;
    article.id = "1";
    article.headline = "Cocoa rises";
    indexer.add(article);
    indexer.commit();
}

}  // namespace

TEST_CASE("serve searcher pool: one searcher per lease, busy past the capacity, free again when given back") {
    testing::TempDatabase db;
    make_database(db.path());
    SearcherPool pool(db.path(), 2);
    {
        SearcherPool::Lease first = pool.lease(std::chrono::milliseconds(0));
        SearcherPool::Lease second = pool.lease(std::chrono::milliseconds(0));
        CHECK(&*first != &*second);
        CHECK(first->document_count() == 1);
        CHECK_THROWS_AS(pool.lease(std::chrono::milliseconds(0)), BusyError);
    }
    SearcherPool::Lease again = pool.lease(std::chrono::milliseconds(0));
    CHECK(again->article("1"));
}

TEST_CASE("serve searcher pool: a database that cannot be opened is reported at once") {
    testing::TempDatabase db;
    CHECK_THROWS_AS(SearcherPool(db.path(), 2), DatabaseError);
}

}  // namespace morgue::serve
