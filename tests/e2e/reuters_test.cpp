// The facts issue #2 asks of Reuters-21578, checked through the real programs.
#include "programs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <sstream>

namespace morgue::e2e {
namespace {

std::vector<std::string> reuters_files(const std::filesystem::path& corpus) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(corpus))
        if (entry.path().extension() == ".sgm") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// Indexed once for every test case in this file.
const std::string& reuters_db() {
    static TempDir dir;
    static const std::string db = dir / "reuters";
    static bool indexed = false;
    if (!indexed) {
        const ProgramResult result = morgue_index(db, reuters_files(shared_corpus("reuters21578")));
        INFO("stderr: " << result.err);
        REQUIRE(result.exit_code == 0);
        MESSAGE("first indexing run: " << result.err.substr(result.err.rfind("indexed ")));
        indexed = true;
    }
    return db;
}

bool have_reuters() {
    if (!shared_corpus("reuters21578").empty()) return true;
    MESSAGE("SKIPPED: ../shared/corpora/reuters21578 is not here; the Reuters checks need it");
    return false;
}

nlohmann::json all_hits(const std::vector<std::string>& args) {
    std::vector<std::string> all{"--limit", "100000", "--no-snippets"};
    all.insert(all.end(), args.begin(), args.end());
    return search_json(reuters_db(), all);
}

bool contains_word(const std::string& text, const std::string& word) { return lower(text).find(word) != std::string::npos; }

std::string joined(const nlohmann::json& names) {
    std::string out;
    for (const auto& name : names) out += name.get<std::string>() + " ";
    return out;
}

}  // namespace

TEST_CASE("reuters: all 21,578 articles are indexed, and indexing again replaces them") {
    if (!have_reuters()) return;
    const auto& db = reuters_db();
    CHECK(all_hits({"--from", "1900"})["total"] == 21578);  // every article is dated

    const ProgramResult again = morgue_index(db, reuters_files(shared_corpus("reuters21578")));
    INFO("stderr: " << again.err);
    CHECK(again.exit_code == 0);
    CHECK(again.err.find("(0 new, 21578 replaced)") != std::string::npos);
    CHECK(again.err.find("the database holds 21578 articles") != std::string::npos);
    CHECK(again.err.find("reut2-017.sgm") != std::string::npos);  // the byte that is not UTF-8 is named
}

TEST_CASE("reuters: the first article has its fields") {
    if (!have_reuters()) return;
    const auto hit = search_json(reuters_db(), {"id:1"})["hits"].at(0);
    CHECK(hit["headline"] == "BAHIA COCOA REVIEW");
    CHECK(hit["dateline"] == "SALVADOR");
    CHECK(hit["date"] == "1987-02-26T15:01:01Z");
    CHECK(hit["source"] == "Reuters");
    CHECK(hit["topics"] == nlohmann::json::array({"cocoa"}));
    CHECK(hit["places"] == nlohmann::json::array({"el-salvador", "usa", "uruguay"}));
}

TEST_CASE("reuters: field queries match only in their field") {
    if (!have_reuters()) return;
    const auto cocoa = all_hits({"headline:cocoa"});
    CHECK(cocoa["total"].get<int>() > 30);
    for (const auto& hit : cocoa["hits"]) CHECK_MESSAGE(contains_word(hit["headline"], "cocoa"), hit["headline"]);

    const auto gabbett = all_hits({"byline:gabbett"});
    CHECK(gabbett["total"].get<int>() > 0);
    for (const auto& hit : gabbett["hits"]) CHECK(contains_word(joined(hit["byline"]), "gabbett"));
}

TEST_CASE("reuters: a phrase matches the words in order") {
    if (!have_reuters()) return;
    const auto phrase = all_hits({"\"interest rates\""});
    CHECK(phrase["total"].get<int>() > 100);
    for (const auto& hit : phrase["hits"]) {
        // "interest rates" / "interest rate's" etc. are the same words after stemming, in any case and spacing.
        std::string text = lower(hit["headline"].get<std::string>() + " " + hit["body"].get<std::string>());
        std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '-'; }, ' ');
        std::string squeezed;
        for (char c : text)
            if (c != ' ' || squeezed.empty() || squeezed.back() != ' ') squeezed += c;
        CHECK_MESSAGE(squeezed.find("interest rate") != std::string::npos, hit["id"]);
    }
}

TEST_CASE("reuters: date ranges in the query and from --from/--to agree") {
    if (!have_reuters()) return;
    const auto ranged = all_hits({"oil date:1987-03-01..1987-03-15"});
    CHECK(ranged["total"].get<int>() > 50);
    for (const auto& hit : ranged["hits"]) {
        const std::string day = hit["date"].get<std::string>().substr(0, 10);
        CHECK(day >= "1987-03-01");
        CHECK(day <= "1987-03-15");
    }
    const auto options = all_hits({"--from", "1987-03-01", "--to", "1987-03-15", "oil"});
    CHECK(options["total"] == ranged["total"]);
}

TEST_CASE("reuters: newest first is in non-increasing date order") {
    if (!have_reuters()) return;
    const auto newest = search_json(reuters_db(), {"--sort", "newest", "--limit", "500", "--no-snippets", "oil"});
    REQUIRE(newest["hits"].size() == 500);
    for (std::size_t i = 1; i < newest["hits"].size(); ++i)
        CHECK(newest["hits"][i - 1]["date"].get<std::string>() >= newest["hits"][i]["date"].get<std::string>());
}

TEST_CASE("reuters: an article is found in the top three by its headline's words") {
    if (!have_reuters()) return;
    const auto everything = all_hits({"--from", "1900"});
    std::map<std::string, std::vector<std::string>> ids_by_headline;
    for (const auto& hit : everything["hits"]) ids_by_headline[hit["headline"]].push_back(hit["id"]);
    std::vector<std::pair<std::string, std::string>> candidates;  // headline, id
    for (const auto& [headline, ids] : ids_by_headline) {
        std::istringstream words(headline);
        const auto count = std::distance(std::istream_iterator<std::string>(words), std::istream_iterator<std::string>());
        if (ids.size() == 1 && count >= 4) candidates.emplace_back(headline, ids.front());
    }
    std::mt19937 random(20260101);
    std::shuffle(candidates.begin(), candidates.end(), random);
    candidates.resize(100);

    int found = 0;
    for (const auto& [headline, id] : candidates) {
        // The headline's words as plain lowercase words, so "NOT" or "-" in a headline is not an operator.
        std::string query = lower(headline);
        std::replace_if(query.begin(), query.end(), [](unsigned char c) { return !std::isalnum(c) && c != '.' && c != '\''; }, ' ');
        const auto top = search_json(reuters_db(), {"--limit", "3", "--no-snippets", query})["hits"];
        const bool in_top3 = std::any_of(top.begin(), top.end(), [&](const auto& hit) { return hit["id"] == id; });
        if (in_top3) ++found;
        else MESSAGE("not in top 3: " << headline << " (id " << id << ")");
    }
    MESSAGE(found << " of 100 headlines put their article in the top three");
    CHECK(found >= 95);
}

}  // namespace morgue::e2e

namespace morgue::e2e {

// The top lists morgue-index builds answer frequent words with filters and facets; matched in
// full (--full-match) the same queries must give the same page, count and facets.
TEST_CASE("reuters: fast plans give the same hits, counts and facets as the full match") {
    if (!have_reuters()) return;
    const std::vector<std::vector<std::string>> requests{
        {"said topic:earn"},
        {"pct date:1987-03"},
        {"mln topic:acq", "--offset", "20"},
        {"said", "--facet", "topic", "--facet", "month"},
        {"pct topic:grain", "--facet", "place"},
        {"year", "--from", "1987-04-01", "--to", "1987-04-30", "--all"},
        {"headline:oil"},
        {"said place:usa", "--any", "--estimate"},
    };
    for (std::vector<std::string> args : requests) {
        args.insert(args.end(), {"--limit", "20", "--no-snippets"});
        std::string shown;
        for (const auto& arg : args) shown += arg + " ";
        CAPTURE(shown);
        const nlohmann::json fast = search_json(reuters_db(), args);
        args.push_back("--full-match");
        const nlohmann::json full = search_json(reuters_db(), args);
        REQUIRE(fast["hits"].size() == full["hits"].size());
        CHECK(fast["hits"].size() > 0);
        for (std::size_t i = 0; i < fast["hits"].size(); ++i) {
            CHECK(fast["hits"][i]["id"] == full["hits"][i]["id"]);
            CHECK(fast["hits"][i]["score"].get<double>() == doctest::Approx(full["hits"][i]["score"].get<double>()));
        }
        if (fast["total_exact"].get<bool>()) CHECK(fast["total"] == full["total"]);
        CHECK(fast["facets"] == full["facets"]);
    }
}

TEST_CASE("reuters: --expand finds articles on the subject that hold none of the query's words") {
    if (!have_reuters()) return;
    const nlohmann::json plain = all_hits({"--any", "opec quota"});
    std::set<std::string> holding;
    for (const auto& hit : plain["hits"]) holding.insert(hit["id"].get<std::string>());
    const nlohmann::json expanded = search_json(reuters_db(), {"--any", "--expand", "--limit", "100", "--no-snippets", "opec quota"});
    CHECK(expanded["total"].get<std::uint64_t>() > plain["total"].get<std::uint64_t>());
    std::size_t without_words = 0;
    for (const auto& hit : expanded["hits"]) without_words += holding.count(hit["id"].get<std::string>()) == 0;
    MESSAGE(without_words << " of the expanded top 100 hold neither opec nor quota");
    CHECK(without_words > 0);
    CHECK(without_words < 50);  // the articles holding the words still lead
    CHECK(holding.count(expanded["hits"][0]["id"].get<std::string>()) == 1);
}

// An archive split by month numbers its articles otherwise, so hits that tie (the same score to
// 1e-9; sorted by date, the same date) may come in another order: each hit must be one of the one database's hits
// that tie with it, except in the page's last group of ties, which the page may cut elsewhere.
void check_same_up_to_ties(const nlohmann::json& got, const nlohmann::json& expected) {
    const auto ties = [](const nlohmann::json& a, const nlohmann::json& b) {
        const double score = a["score"].get<double>();
        // Sorted by date the score is 0 and the date decides; by relevance the score alone.
        return std::abs(score - b["score"].get<double>()) < 1e-9 &&
               (score > 0 || a.value("date", std::string()) == b.value("date", std::string()));
    };
    const std::size_t last = expected.size() - 1;
    for (std::size_t i = 0; i < got.size(); ++i) {
        bool found = false, cut = false;
        for (std::size_t j = 0; j < expected.size(); ++j) {
            if (!ties(got[i], expected[j])) continue;
            found = found || got[i]["id"] == expected[j]["id"];
            cut = cut || j == last;
        }
        CAPTURE(i);
        CHECK((found || cut));
    }
}

TEST_CASE("reuters: an archive split by month (--shard-by month) answers as the one database") {
    if (!have_reuters()) return;
    TempDir dir;
    const std::string archive = dir / "reuters";
    std::vector<std::string> args{"--shard-by", "month", "--quiet"};
    for (const auto& file : reuters_files(shared_corpus("reuters21578"))) args.push_back(file);
    const ProgramResult indexed = morgue_index(archive, args);
    INFO("stderr: " << indexed.err);
    REQUIRE(indexed.exit_code == 0);
    for (const std::vector<std::string>& query :
         std::vector<std::vector<std::string>>{{"cocoa"}, {"oil prices"}, {"\"interest rates\""}, {"headline:gold"},
                                               {"--facet", "topic", "--facet", "month", "wheat"},
                                               {"--sort", "newest", "--facet", "place", "coffee"},
                                               {"--any", "opec quota zebra"}, {"--expand", "cocoa buffer stock"},
                                               {"grain date:1987-03"}, {"--from", "1987-04", "--to", "1987-04", "bank"}}) {
        std::vector<std::string> search{"--limit", "40", "--no-snippets"};
        search.insert(search.end(), query.begin(), query.end());
        CAPTURE(search.back());
        const nlohmann::json sharded = search_json(archive, search), one = search_json(reuters_db(), search);
        CHECK(sharded["total"] == one["total"]);
        CHECK(sharded["facets"] == one["facets"]);
        CHECK(sharded["shards"]["answered"] == sharded["shards"]["total"]);
        CHECK(sharded["shards"]["total"].get<int>() == 5);  // Reuters-21578 dates fall in five months of 1987
        REQUIRE(sharded["hits"].size() == one["hits"].size());
        for (std::size_t i = 0; i < one["hits"].size(); ++i)
            CHECK(sharded["hits"][i]["score"].get<double>() == doctest::Approx(one["hits"][i]["score"].get<double>()).epsilon(1e-12));
        if (!one["hits"].empty()) check_same_up_to_ties(sharded["hits"], one["hits"]);
    }
}

}  // namespace morgue::e2e
