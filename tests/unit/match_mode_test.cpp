// The default match mode (MatchMode::Most), --all and --any, and the recency decay.
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace morgue {
namespace {

Article make(std::string id, std::string body, std::optional<DateTime> date = std::nullopt) {
    Article a;
    a.id = std::move(id);
    a.headline = "report";
    a.body = std::move(body);
    a.date = date;
    return a;
}

// "filler" is in every article: a common word, which must neither count nor make an article match.
struct WordArchive {
    testing::TempDatabase db;
    explicit WordArchive(int all_three = 1) {
        Indexer indexer({.database = db.path(), .language = "none"});
        for (int i = 0; i < all_three; ++i) indexer.add(make("all" + std::to_string(i), "alpha beta gamma filler"));
        indexer.add(make("two", "alpha beta filler filler"));
        indexer.add(make("one", "gamma filler filler filler"));
        for (int i = 0; i < 12; ++i) indexer.add(make("other" + std::to_string(i), "unrelated filler words"));
        indexer.commit();
    }
};

std::vector<std::string> ids(const SearchResponse& response) {
    std::vector<std::string> out;
    for (const Hit& hit : response.hits) out.push_back(hit.article.id);
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("match mode: when few articles hold every word, those holding most of them follow") {
    WordArchive archive;
    Searcher searcher(archive.db.path());
    const SearchResponse response = searcher.search({.query = "alpha beta gamma filler"});
    CHECK(response.relaxed);
    CHECK(response.all_words_total == 1);
    REQUIRE(ids(response) == Ids{"all0", "two", "one"});  // not the 12 holding only the common word
    CHECK(response.hits[0].words_matched == 3);
    CHECK(response.hits[1].words_matched == 2);
    CHECK(response.hits[2].words_matched == 1);
    CHECK(response.hits[0].score > 0);
    CHECK(response.hits[0].score < 100);  // the word counts are not part of the shown score
    const auto json = nlohmann::json::parse(to_json(response));
    CHECK(json["relaxed"] == true);
    CHECK(json["all_words_total"] == 1);
    CHECK(json["hits"][1]["words_matched"] == 2);
}

TEST_CASE("match mode: past six words, the article holding every one comes first, then score decides") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path(), .language = "none"});
        Article brief = make("brief", "");
        brief.headline = "alpha beta gamma delta epsilon zeta eta theta";  // a headline-only wire brief
        indexer.add(brief);
        std::string repeated;
        for (int i = 0; i < 8; ++i) repeated += "alpha beta gamma delta epsilon zeta ";
        Article wordy = make("wordy", repeated + "and more");
        wordy.headline = "alpha beta gamma delta";
        indexer.add(wordy);
        indexer.add(make("some", "alpha eta theta"));
        for (int i = 0; i < 20; ++i) indexer.add(make("other" + std::to_string(i), "unrelated words"));
        indexer.commit();
    }
    Searcher searcher(db.path());
    const SearchResponse response = searcher.search({.query = "alpha beta gamma delta epsilon zeta eta theta"});
    CHECK(response.relaxed);
    REQUIRE(response.hits.size() == 3);
    CHECK(response.hits[0].article.id == "brief");
    CHECK(response.hits[0].score < 100);  // the tier is not part of the shown score
    // Below it, BM25F alone: the article repeating six of the words outscores the one holding three.
    CHECK(ids(response) == Ids{"brief", "wordy", "some"});
}

TEST_CASE("match mode: among articles holding as many words, a headline holding them all comes first") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path(), .language = "none"});
        Article headline = make("headline", "Markets moved on the news today.");
        headline.headline = "Oil prices rise";
        indexer.add(headline);
        std::string repeated;
        for (int i = 0; i < 10; ++i) repeated += "oil prices ";
        indexer.add(make("wordy", repeated));  // headline "report"
        indexer.add(make("half", "oil oil oil"));
        for (int i = 0; i < 20; ++i) indexer.add(make("other" + std::to_string(i), "unrelated words"));
        indexer.commit();
    }
    Searcher searcher(db.path());
    const SearchResponse response = searcher.search({.query = "oil prices"});
    CHECK(response.relaxed);
    REQUIRE(ids(response) == Ids{"headline", "wordy", "half"});
    CHECK(response.hits[0].words_matched == 2);
    CHECK(response.hits[0].score < 100);  // neither tier is part of the shown score
    // --any ranks by score alone: the body repeating both words wins.
    CHECK(ids(searcher.search({.query = "oil prices", .match = MatchMode::Any})).front() == "wordy");
}

TEST_CASE("match mode: a page of articles holding every word is the strict answer") {
    WordArchive archive(3);
    Searcher searcher(archive.db.path());
    const SearchResponse response = searcher.search({.query = "alpha beta gamma", .limit = 3});
    CHECK_FALSE(response.relaxed);
    CHECK(response.total == 3);
    // The next page needs more than hold every word: it goes on with most of the words.
    const SearchResponse next = searcher.search({.query = "alpha beta gamma", .offset = 3, .limit = 3});
    CHECK(next.relaxed);
    CHECK(ids(next) == Ids{"two", "one"});
}

TEST_CASE("match mode: --all keeps only articles with every word; --any ranks by score alone") {
    WordArchive archive;
    Searcher searcher(archive.db.path());
    const SearchResponse all = searcher.search({.query = "alpha beta gamma", .match = MatchMode::All});
    CHECK_FALSE(all.relaxed);
    CHECK(ids(all) == Ids{"all0"});
    const SearchResponse any = searcher.search({.query = "alpha beta gamma", .match = MatchMode::Any});
    CHECK_FALSE(any.relaxed);
    CHECK(any.total == 3);
}

TEST_CASE("match mode: phrases and +words stay required when the other words relax") {
    WordArchive archive;
    Searcher searcher(archive.db.path());
    CHECK(ids(searcher.search({.query = "+gamma alpha beta"})) == Ids{"all0", "one"});
    CHECK(ids(searcher.search({.query = "\"alpha beta\" gamma"})) == Ids{"all0", "two"});
}

TEST_CASE("recency: a half-life decays older articles' scores; relevance alone keeps their order") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path(), .language = "none"});
        indexer.add(make("old-strong", "cocoa cocoa cocoa harvest", DateTime{2000, 1, 1}));
        indexer.add(
            make("new-weak", "cocoa harvest and a great many other words about other things", DateTime{2010, 1, 1}));
        indexer.add(make("undated", "cocoa cocoa cocoa harvest"));
        indexer.commit();
    }
    Searcher searcher(db.path());
    const SearchResponse plain = searcher.search({.query = "cocoa"});
    REQUIRE(plain.hits.size() == 3);
    CHECK(plain.hits.back().article.id == "new-weak");
    const SearchResponse recent = searcher.search({.query = "cocoa", .recent_half_life_days = 365.25});
    REQUIRE(recent.hits.size() == 3);
    CHECK(recent.hits.front().article.id == "new-weak");
    CHECK(recent.hits.front().rank == 1);
    // The newest article is not decayed at all; ten half-lives divide by 1024.
    CHECK(recent.hits.front().score == doctest::Approx(plain.hits.back().score));
    CHECK(recent.hits[1].score == doctest::Approx(plain.hits.front().score / 1024).epsilon(0.01));
    CHECK_THROWS_AS(searcher.search({.query = "cocoa", .recent_half_life_days = 0.0}), Error);
}

}  // namespace morgue
