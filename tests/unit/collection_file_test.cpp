// An archive's collection file (Xapian's stub format) and a searcher over it when shards are missing.
#include "random_articles.hpp"
#include "temp_database.hpp"

#include <morgue/collection_file.hpp>
#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <random>
#include <set>

namespace morgue {
namespace {

std::string written(const testing::TempDir& dir, const std::string& text) {
    const std::string path = dir / "archive";
    std::ofstream(path) << text;
    return path;
}

std::string message_of(const std::string& path) {
    try {
        read_collection_file(path);
    } catch (const DatabaseError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("collection file: Xapian's stub lines, relative paths from the file's folder") {
    const testing::TempDir dir;
    const std::string path = written(dir,
                                     "# an archive\n"
                                     "auto shards/1987\n"
                                     "auto /data/1988\r\n"
                                     "\n"
                                     "remote news1.example.org:33333\n"
                                     "remote [::1]:8100\n"
                                     "remote :ssh news2 morgue-shard-server --stdio /data/1989\n"
                                     "remote :morgue-shard-server\n");
    const std::vector<ShardAddress> shards = read_collection_file(path);
    REQUIRE(shards.size() == 6);
    CHECK(shards[0].kind == ShardAddress::Kind::Local);
    CHECK(shards[0].location == (std::filesystem::absolute(dir.path()) / "shards/1987").lexically_normal().string());
    CHECK(shards[1].location == "/data/1988");
    CHECK(shards[2].kind == ShardAddress::Kind::Tcp);
    CHECK(shards[2].location == "news1.example.org");
    CHECK(shards[2].port == 33333);
    CHECK(shards[3].location == "::1");
    CHECK(shards[3].label() == "[::1]:8100");
    CHECK(shards[4].kind == ShardAddress::Kind::Program);
    CHECK(shards[4].location == "ssh");
    CHECK(shards[4].args == "news2 morgue-shard-server --stdio /data/1989");
    CHECK(shards[5].args.empty());
    // Each line written back reads the same (paths stay as given: relative ones stay relative).
    for (std::size_t i = 2; i < shards.size(); ++i) CHECK(shards[i].stub_line().starts_with("remote "));
    write_collection_file(path, shards);
    CHECK(read_collection_file(path).size() == shards.size());
    CHECK(read_collection_file(path)[4].args == shards[4].args);
}

TEST_CASE("collection file: a shard's replicas follow it as '#replica' lines, which Xapian reads as comments") {
    const testing::TempDir dir;
    const std::string path = written(dir,
                                     "# an archive\n"
                                     "remote news1.example.org:33333\n"
                                     "#replica remote news2.example.org:33333\n"
                                     "#replica auto copies/1987\n"
                                     "auto 1988\n"
                                     "# a comment, not a replica\n");
    const std::vector<ShardAddress> shards = read_collection_file(path);
    REQUIRE(shards.size() == 2);
    REQUIRE(shards[0].replicas.size() == 2);
    CHECK(shards[0].replicas[0].label() == "news2.example.org:33333");
    CHECK(shards[0].replicas[1].location ==
          (std::filesystem::absolute(dir.path()) / "copies/1987").lexically_normal().string());
    CHECK(shards[1].replicas.empty());
    write_collection_file(path, shards);
    const std::vector<ShardAddress> again = read_collection_file(path);
    REQUIRE(again.size() == 2);
    REQUIRE(again[0].replicas.size() == 2);
    CHECK(again[0].replicas[1].location == shards[0].replicas[1].location);
    CHECK(message_of(written(dir, "#replica auto a\nauto b\n")).find(":1: a '#replica' line before any shard line") !=
          std::string::npos);
}

TEST_CASE("collection file: a shard that cannot be opened is answered by its replica, and the answer is whole") {
    const testing::TempDir dir;
    std::mt19937 random(12);
    std::vector<Article> articles;
    for (int id = 1; id <= 30; ++id) articles.push_back(testing::random_article(id, random));
    for (const char* name : {"first", "second-copy"}) {
        Indexer indexer({.database = dir / name});
        for (const Article& article : articles)
            if ((std::string(name) == "first") == (std::stoi(article.id) <= 15)) indexer.add(article);
        indexer.commit();
    }
    // "second" itself is gone (its disk failed); its replica holds the same articles.
    Searcher searcher(written(dir, "auto first\nauto second\n#replica auto gone\n#replica auto second-copy\n"));
    const SearchResponse response = searcher.search({.query = "cocoa OR oil OR gold", .limit = 100, .snippets = false});
    CHECK(response.shards.total == 2);
    CHECK(response.shards.answered == 2);
    CHECK(response.shards.missing.empty());
    CHECK(response.total_exact);
    REQUIRE(response.shards.replaced.size() == 1);
    CHECK(response.shards.replaced[0].starts_with((dir / "second") + " by its replica " + (dir / "second-copy") + " ("));
    CHECK(response.shards.replaced[0].find("; replica " + (dir / "gone") + ": ") != std::string::npos);
    CHECK(to_json(response).find(R"("replaced":[")") != std::string::npos);
    std::set<std::string> ids;
    for (const Hit& hit : response.hits) ids.insert(hit.article.id);
    CHECK(std::any_of(ids.begin(), ids.end(), [](const std::string& id) { return std::stoi(id) > 15; }));
    // No copy at all: missing, with every copy's reason.
    Searcher none(written(dir, "auto first\nauto second\n#replica auto gone\n"));
    const SearchResponse partial = none.search({.query = "cocoa OR oil OR gold", .limit = 100, .snippets = false});
    REQUIRE(partial.shards.missing.size() == 1);
    CHECK(partial.shards.missing[0].find("; replica " + (dir / "gone") + ": ") != std::string::npos);
    CHECK_FALSE(partial.total_exact);
}

TEST_CASE("collection file: a bad line is named by file and line") {
    const testing::TempDir dir;
    CHECK(message_of(written(dir, "auto a\nremote host:99999\n")) ==
          (dir / "archive") + ":2: '99999' is not a port (1 to 65535)");
    CHECK(message_of(written(dir, "remote host\n")).find(":1: a remote shard is 'remote HOST:PORT'") !=
          std::string::npos);
    CHECK(message_of(written(dir, "tcp host 80\n")).find(":1: not a shard line") != std::string::npos);
    CHECK(message_of(written(dir, "# nothing\n")).find("lists no shard") != std::string::npos);
}

TEST_CASE("collection file: a missing shard gives a flagged partial answer, and a later search finds it back") {
    const testing::TempDir dir;
    const std::string first = dir / "first", second = dir / "second";
    std::mt19937 random(11);
    {
        Indexer indexer({.database = first});
        for (int id = 1; id <= 20; ++id) indexer.add(testing::random_article(id, random));
        indexer.commit();
    }
    const std::string archive = written(dir, "auto first\nauto second\n");
    Searcher searcher(archive);
    const SearchRequest request{.query = "cocoa OR oil OR gold", .limit = 100, .snippets = false};
    const SearchResponse partial = searcher.search(request);
    CHECK(partial.shards.total == 2);
    CHECK(partial.shards.answered == 1);
    REQUIRE(partial.shards.missing.size() == 1);
    CHECK(partial.shards.missing[0].starts_with(second + " ("));
    CHECK_FALSE(partial.total_exact);
    CHECK(partial.total > 0);
    CHECK(to_json(partial).find(R"("shards":{"answered":1,"missing":[")") != std::string::npos);
    {
        Indexer indexer({.database = second});
        for (int id = 21; id <= 40; ++id) indexer.add(testing::random_article(id, random));
        indexer.commit();
    }
    const SearchResponse whole = searcher.search(request);
    CHECK(whole.shards.answered == 2);
    CHECK(whole.shards.missing.empty());
    CHECK(whole.total_exact);
    CHECK(whole.total > partial.total);

    // No shard at all is an error, as a missing database is.
    const std::string nowhere = written(dir, "auto third\n");
    CHECK_THROWS_AS(Searcher{nowhere}, DatabaseError);
}

TEST_CASE("collection file: a shard that is not a morgue database is refused, not left out") {
    const testing::TempDir dir;
    const std::string other = dir / "other";
    {
        Xapian::WritableDatabase db(other, Xapian::DB_CREATE);
        Xapian::Document doc;
        doc.add_term("hello");
        db.add_document(doc);
        db.commit();
    }
    const std::string archive = written(dir, "auto other\n");
    const std::string expected = "shard " + other + " is a Xapian database but not a morgue one";
    CHECK_THROWS_WITH_AS(Searcher{archive}, doctest::Contains(expected.c_str()), DatabaseError);
}

}  // namespace morgue
