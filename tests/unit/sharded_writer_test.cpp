// morgue-index --shard-by: an archive of one database per year, month or N articles, listed in a
// collection file that a searcher opens as one database.
#include "random_articles.hpp"
#include "temp_dir.hpp"

#include <morgue/collection_file.hpp>
#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>
#include <random>
#include <set>

namespace morgue {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> shard_names(const std::string& archive) {
    std::vector<std::string> names;
    for (const ShardAddress& shard : read_collection_file(archive))
        names.push_back(fs::path(shard.location).filename());
    return names;
}

bool shard_holds(const std::string& archive, const std::string& shard, const std::string& id) {
    return Xapian::Database(archive + ".shards/" + shard).term_exists("Q" + id);
}

std::vector<std::string> ids_of(Searcher& searcher, const std::string& query) {
    std::vector<std::string> ids;
    for (const Hit& hit : searcher.search({.query = query, .limit = 1000, .snippets = false}).hits)
        ids.push_back(hit.article.id);
    return ids;
}

}  // namespace

TEST_CASE("sharded writer: by month, each article in its month's shard; a replace moves it; later runs add alike") {
    const testing::TempDir dir;
    const std::string archive = dir / "news", whole = dir / "whole";
    std::mt19937 random(3);
    std::vector<Article> articles;
    for (int id = 1; id <= 120; ++id) {
        articles.push_back(testing::random_article(id, random, {.topic = true, .date = true}));
        if (id % 10 == 0) articles.back().date.reset();
    }
    {
        Indexer sharded({.database = archive, .shard_by = "month"}), one({.database = whole});
        for (const Article& article : articles) {
            sharded.add(article);
            one.add(article);
        }
        sharded.build_top_lists({.list_size = 10, .min_articles = 20});
        one.commit();
        CHECK(sharded.counts().added == 120);
    }
    const std::vector<std::string> names = shard_names(archive);
    CHECK(std::set(names.begin(), names.end()) == std::set<std::string>{"1987-01", "1987-02", "1987-03", "undated"});
    CHECK(names.size() == 4);
    CHECK(recorded_shard_scheme(archive) == "month");
    CHECK(shard_holds(archive, "undated", "10"));
    {
        Searcher sharded(archive), one(whole);
        CHECK(sharded.document_count() == 120);
        for (const char* query : {"cocoa", "gold topic:metal", "oil date:1987-02"}) {
            CAPTURE(query);
            const auto a = ids_of(sharded, query), b = ids_of(one, query);
            CHECK(std::set(a.begin(), a.end()) == std::set(b.begin(), b.end()));
            CHECK_FALSE(a.empty());
        }
    }
    // Article 1, redated to April: it leaves its old month's shard for a new one, as a replacement.
    Article moved = articles[0];
    moved.date = DateTime{1987, 4, 2};
    {
        Indexer later({.database = archive});  // the scheme comes from the collection file
        later.add(moved);
        later.commit();
        CHECK(later.counts().replaced == 1);
        CHECK(later.counts().added == 0);
    }
    CHECK(shard_names(archive).back() == "1987-04");
    CHECK(shard_holds(archive, "1987-04", "1"));
    int holding = 0;
    for (const std::string& name : shard_names(archive)) holding += shard_holds(archive, name, "1") ? 1 : 0;
    CHECK(holding == 1);
    Searcher after(archive);
    CHECK(after.document_count() == 120);
}

TEST_CASE("sharded writer: size:N fills shards in turn and replaces an article where it is") {
    const testing::TempDir dir;
    const std::string archive = dir / "news";
    std::mt19937 random(8);
    {
        Indexer indexer({.database = archive, .batch_size = 1, .threads = 1, .shard_by = "size:10"});
        for (int id = 1; id <= 25; ++id) {
            indexer.add(testing::random_article(id, random));
            indexer.commit();
        }
    }
    CHECK(shard_names(archive) == std::vector<std::string>{"000001", "000002", "000003"});
    {
        Indexer indexer({.database = archive, .threads = 1});
        indexer.add(testing::random_article(3, random));
        indexer.commit();
        CHECK(indexer.counts().replaced == 1);
    }
    CHECK(shard_holds(archive, "000001", "3"));
    CHECK_FALSE(shard_holds(archive, "000003", "3"));
    CHECK(Searcher(archive).document_count() == 25);
}

TEST_CASE("sharded writer: what cannot be an archive of shards is refused") {
    const testing::TempDir dir;
    CHECK_THROWS_WITH_AS(check_shard_scheme("week"), doctest::Contains("use year, month or size:N"), Error);
    CHECK_THROWS_AS(check_shard_scheme("size:0"), Error);
    const std::string folder = dir / "one";
    {
        Indexer one({.database = folder});
        one.commit();
    }
    CHECK_THROWS_WITH_AS(Indexer({.database = folder, .shard_by = "year"}), doctest::Contains("is one database"),
                         DatabaseError);
    const std::string remote = dir / "remote";
    write_collection_file(remote, {ShardAddress::tcp("10.0.0.1", 33333)}, "year");
    CHECK_THROWS_WITH_AS(Indexer({.database = remote}), doctest::Contains("remote shard 10.0.0.1:33333"),
                         DatabaseError);
}

}  // namespace morgue
