#include "random_articles.hpp"
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <random>
#include <string>
#include <vector>

namespace morgue {
namespace {

constexpr TopListLimits kSmallLists{.list_size = 20, .min_articles = 50};
const std::vector<std::string>& kWords = testing::kRandomArticleWords;

std::vector<std::string> ids_of(const SearchResponse& response) {
    std::vector<std::string> ids;
    for (const auto& hit : response.hits) ids.push_back(hit.article.id);
    return ids;
}

SearchResponse search(const std::string& db, const std::string& word, std::size_t offset = 0) {
    return Searcher(db).search({.query = word, .offset = offset, .limit = 10, .snippets = false});
}

}  // namespace

TEST_CASE("top lists: one-word searches give the same hits and counts as a full search") {
    testing::TempDatabase db;
    std::mt19937 random(7);
    Indexer indexer({.database = db.path()});
    for (int id = 1; id <= 400; ++id) indexer.add(testing::random_article(id, random));
    indexer.commit();

    std::vector<std::string> queries = kWords;
    for (const auto& word : kWords) queries.push_back("headline:" + word);
    std::vector<SearchResponse> full;
    for (const auto& query : queries) full.push_back(search(db.path(), query));
    const std::size_t lists = indexer.build_top_lists(kSmallLists);
    CHECK(lists >= 10);
    CHECK(top_lists_up_to(Xapian::Database(db.path())) == 400u);
    {
        Xapian::Database reader(db.path());
        CHECK_FALSE(reader.get_metadata(top_list_key("cocoa")).empty());
        CHECK_FALSE(reader.get_metadata(top_list_key(text_term(field_spec(FieldId::Headline), "cocoa"))).empty());
    }
    for (std::size_t i = 0; i < queries.size(); ++i) {
        CAPTURE(queries[i]);
        const SearchResponse fast = search(db.path(), queries[i]);
        CHECK(ids_of(fast) == ids_of(full[i]));
        CHECK(fast.total == full[i].total);
        // Scored from the wdfs the list stores, exactly as from the postings.
        for (std::size_t hit = 0; hit < fast.hits.size() && hit < full[i].hits.size(); ++hit)
            CHECK(fast.hits[hit].score == doctest::Approx(full[i].hits[hit].score).epsilon(1e-12));
    }
    // A page past the list is searched in full, and still right.
    CHECK(search(db.path(), "cocoa", 30).hits.size() == 10);
}

TEST_CASE("top lists: articles added later are searched too, and a replacement keeps the lists") {
    testing::TempDatabase db;
    std::mt19937 random(11);
    Indexer indexer({.database = db.path()});
    for (int id = 1; id <= 300; ++id) indexer.add(testing::random_article(id, random));
    indexer.build_top_lists(kSmallLists);

    // A new article that ranks first for "cocoa": it is after the lists' mark, so it is found.
    Article best;
    best.id = "new";
    best.headline = "cocoa cocoa cocoa";
    best.body = "cocoa cocoa cocoa cocoa";
    indexer.add(best);
    indexer.commit();
    CHECK(search(db.path(), "cocoa").hits.front().article.id == "new");
    CHECK(top_lists_up_to(Xapian::Database(db.path())) == 300u);

    // Article 1 replaced by the best cocoa text: revised, matched in full, first for cocoa.
    Article replaced = best;
    replaced.id = "1";
    indexer.add(replaced);
    indexer.commit();
    CHECK(top_lists_up_to(Xapian::Database(db.path())) == 300u);
    CHECK(top_lists_revised(Xapian::Database(db.path())) == std::vector<Xapian::docid>{1});
    const std::vector<std::string> cocoa = ids_of(search(db.path(), "cocoa"));
    REQUIRE(cocoa.size() == 10);
    CHECK((cocoa[0] == "1" || cocoa[1] == "1"));
    for (const std::string& word : kWords) {
        CAPTURE(word);
        const SearchResponse fast = search(db.path(), word);
        const SearchResponse full = Searcher(db.path()).search(
            {.query = word, .limit = 10, .snippets = false, .accelerated = false});
        CHECK(ids_of(fast) == ids_of(full));
        CHECK(fast.total == full.total);
    }
}

TEST_CASE("top lists: a replaced or deleted article costs no other word its list") {
    testing::TempDatabase db;
    std::mt19937 random(13);
    std::string listed_first;
    {
        Indexer indexer({.database = db.path()});
        for (int id = 1; id <= 300; ++id) indexer.add(testing::random_article(id, random));
        indexer.build_top_lists(kSmallLists);
        {
            Xapian::Database reader(db.path());
            listed_first = std::to_string(decode_top_list(reader.get_metadata(top_list_key("wheat")), 1).ids.front());
        }
        // Replace one listed article by a text without wheat, delete another.
        Article replaced;
        replaced.id = listed_first;
        replaced.body = "cocoa sugar";
        indexer.add(replaced);
        CHECK(indexer.remove("2"));
        indexer.commit();
    }
    CHECK(top_lists_up_to(Xapian::Database(db.path())) == 300u);
    CHECK(top_lists_revised(Xapian::Database(db.path())).size() == (listed_first == "2" ? 1u : 2u));

    // The lists still answer: with every word's list cut to its first twenty articles by id, a
    // search served from it differs from the full match; that it does shows the lists in use.
    const SearchResponse full = Searcher(db.path()).search({.query = "wheat", .limit = 10, .snippets = false, .accelerated = false});
    const SearchResponse fast = search(db.path(), "wheat");
    CHECK(ids_of(fast) == ids_of(full));
    for (const auto& hit : fast.hits) CHECK((hit.article.id != listed_first && hit.article.id != "2"));
    {
        Xapian::WritableDatabase writable(db.path());
        TopList first_twenty;
        for (auto it = writable.postlist_begin("wheat"); it != writable.postlist_end("wheat") && first_twenty.ids.size() < 20; ++it) {
            first_twenty.ids.push_back(*it);
            first_twenty.wdfs.push_back(it.get_wdf());
        }
        writable.set_metadata(top_list_key("wheat"), encode_top_list(first_twenty, 1));
        writable.commit();
    }
    CHECK(ids_of(search(db.path(), "wheat")) != ids_of(full));
}

TEST_CASE("top lists: document ids and wdfs survive encoding") {
    const TopList list{{1, 2, 127, 128, 300, 16384, 4000000000u}, {0, 1, 255, 256, 7, 0, 1u << 20, 3, 9, 9, 0, 0, 4294967295u, 1}};
    const TopList decoded = decode_top_list(encode_top_list(list, 2), 2);
    CHECK(decoded.ids == list.ids);
    CHECK(decoded.wdfs == list.wdfs);
    CHECK(decode_top_list("", 2).ids.empty());
    CHECK_THROWS_AS(decode_top_list("\x80", 1), DatabaseError);
    CHECK_THROWS_AS(decode_top_list("\x01", 1), DatabaseError);  // an id without its wdf
}

}  // namespace morgue

namespace morgue {

TEST_CASE("top lists: a one-word search scores only the listed documents") {
    testing::TempDatabase db;
    std::mt19937 random(3);
    {
        Indexer indexer({.database = db.path()});
        for (int id = 1; id <= 200; ++id) indexer.add(testing::random_article(id, random));
        indexer.build_top_lists(kSmallLists);
    }
    const SearchResponse full = search(db.path(), "cocoa");
    {
        // Swap in a list of the twenty lowest document ids with a body mention, whatever their rank.
        Xapian::WritableDatabase writable(db.path());
        TopList first_twenty;
        for (auto it = writable.postlist_begin("cocoa"); it != writable.postlist_end("cocoa") && first_twenty.ids.size() < 20; ++it) {
            first_twenty.ids.push_back(*it);
            first_twenty.wdfs.push_back(it.get_wdf());
        }
        writable.set_metadata(top_list_key("cocoa"), encode_top_list(first_twenty, 1));
        writable.commit();
    }
    const SearchResponse fast = search(db.path(), "cocoa");
    CHECK(fast.total == full.total);
    CHECK(ids_of(fast) != ids_of(full));
    for (const auto& hit : fast.hits) CHECK(std::stoi(hit.article.id) <= 40);
}

}  // namespace morgue

namespace morgue {

TEST_CASE("top lists: renumbered document ids invalidate them") {
    testing::TempDatabase db, compacted;
    std::mt19937 random(5);
    {
        Indexer indexer({.database = db.path()});
        for (int id = 1; id <= 120; ++id) indexer.add(testing::random_article(id, random));
        indexer.commit();
        CHECK(indexer.remove("1"));  // docid 1 gone: compaction shifts every id down by one
        indexer.build_top_lists(kSmallLists);
    }
    CHECK(top_lists_up_to(Xapian::Database(db.path())) == 120u);
    // Compaction renumbers from 1: every list would name the wrong documents.
    Xapian::Database(db.path()).compact(compacted.path());
    CHECK_FALSE(top_lists_up_to(Xapian::Database(compacted.path())));
    CHECK(search(compacted.path(), "cocoa").total == search(db.path(), "cocoa").total);
}

}  // namespace morgue

namespace morgue {

TEST_CASE("top lists: the count is the word's frequency, exact even when an estimate would do") {
    testing::TempDatabase db;
    std::mt19937 random(9);
    Indexer indexer({.database = db.path()});
    for (int id = 1; id <= 300; ++id) indexer.add(testing::random_article(id, random));
    indexer.build_top_lists(kSmallLists);
    const SearchResponse exact = search(db.path(), "cocoa");
    const SearchResponse estimated =
        Searcher(db.path()).search({.query = "cocoa", .limit = 10, .snippets = false, .exact_total = false});
    CHECK(exact.total_exact);
    CHECK(estimated.total_exact);
    CHECK(ids_of(estimated) == ids_of(exact));
    CHECK(estimated.total == exact.total);
    CHECK(exact.total == Xapian::Database(db.path()).get_termfreq("cocoa"));
}

}  // namespace morgue
