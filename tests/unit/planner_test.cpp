// The query planner: which plan answers a query, and that the fast plans answer filtered and
// faceted queries with the same hits, scores, counts and facets as the full match.
#include "query/planner.hpp"
#include "query_parser.hpp"
#include "random_articles.hpp"
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace morgue {
namespace {

constexpr TopListLimits kSmallLists{.list_size = 20, .min_articles = 50};

std::vector<std::string> ids_of(const SearchResponse& response) {
    std::vector<std::string> ids;
    for (const auto& hit : response.hits) ids.push_back(hit.article.id);
    return ids;
}

Plan plan_of(const std::string& text, SearchRequest request = {}) {
    Analyzer analyzer;
    const QueryContext context{analyzer, {"english"}, DateTime{1987, 1, 1}, DateTime{1987, 12, 31}};
    request.query = text;
    return plan_search(parse_logical_query(text, context), request, PlanInputs{true, true});
}

// The same request matched in full must give the same page, scores, count and facets.
void check_same_as_full_match(Searcher& searcher, SearchRequest request) {
    CAPTURE(request.query);
    CAPTURE(request.offset);
    CAPTURE(request.exact_total);
    request.snippets = false;
    request.accelerated = true;
    const SearchResponse fast = searcher.search(request);
    request.accelerated = false;
    const SearchResponse full = searcher.search(request);
    CHECK(ids_of(fast) == ids_of(full));
    for (std::size_t i = 0; i < fast.hits.size() && i < full.hits.size(); ++i)
        CHECK(fast.hits[i].score == doctest::Approx(full.hits[i].score).epsilon(1e-12));
    // Exact when asked; when an estimate would do, an exact count must still be right.
    if (request.exact_total) CHECK(fast.total_exact);
    if (fast.total_exact) CHECK(fast.total == full.total);
    CHECK(fast.total >= fast.hits.size() + request.offset);
    CHECK(fast.relaxed == full.relaxed);
    REQUIRE(fast.facets.size() == full.facets.size());
    for (std::size_t i = 0; i < fast.facets.size(); ++i) CHECK(fast.facets[i].values == full.facets[i].values);
}

// Replaces the list of `term` by the first twenty articles holding it, whatever their rank: a
// search that is answered from the list then differs from the full match.
void replace_list_by_first_twenty(const std::string& path, const std::string& term) {
    Xapian::WritableDatabase writable(path);
    TopList first_twenty;
    for (auto it = writable.postlist_begin(term); it != writable.postlist_end(term) && first_twenty.ids.size() < 20; ++it) {
        first_twenty.ids.push_back(*it);
        first_twenty.wdfs.push_back(it.get_wdf());
    }
    writable.set_metadata(top_list_key(term), encode_top_list(first_twenty, 1));
    writable.commit();
}

struct ListedArchive {
    testing::TempDatabase db;
    ListedArchive() {
        std::mt19937 random(17);
        Indexer indexer({.database = db.path()});
        for (int id = 1; id <= 400; ++id) indexer.add(testing::random_article(id, random, {.topic = true, .date = true}));
        indexer.build_top_lists(kSmallLists);
    }
};

}  // namespace

TEST_CASE("planner: a frequent word alone or with filters is planned from its top list") {
    CHECK(plan_of("cocoa").kind == PlanKind::TopList);
    CHECK(plan_of("cocoa").listed_term == "cocoa");
    CHECK(plan_of("headline:cocoa").listed_term == text_term(field_spec(FieldId::Headline), "cocoa"));
    for (const char* text : {"cocoa topic:grain", "cocoa date:1987-03", "topic:grain AND +cocoa", "lang:en cocoa id:x"}) {
        CAPTURE(text);
        const Plan plan = plan_of(text);
        CHECK(plan.kind == PlanKind::TopList);
        CHECK(plan.listed_term == "cocoa");
        CHECK_FALSE(plan.filters.empty());
    }
    // Anything else the word's list cannot rank: another word, an exclusion, an OR, a phrase, a field without lists.
    for (const char* text : {"cocoa prices", "cocoa -topic:grain", "cocoa OR topic:grain", "\"cocoa prices\"",
                             "byline:smith", "-cocoa", "cocoa*", "cocoa NEAR prices", "topic:grain"}) {
        CAPTURE(text);
        CHECK(plan_of(text).kind == PlanKind::FullMatch);
    }
    CHECK(plan_of("cocoa", {.sort = SortOrder::Newest}).kind == PlanKind::DateSorted);
    CHECK(plan_of("cocoa", {.recent_half_life_days = 30}).kind == PlanKind::Decayed);
    CHECK(plan_of("cocoa", {.accelerated = false}).kind == PlanKind::FullMatch);
    CHECK(plan_of("cocoa", {.facets = {"topic"}}).kind == PlanKind::TopList);
}

TEST_CASE("planner: filtered and faceted queries from top lists give the same hits as a full match") {
    const ListedArchive archive;
    Searcher searcher(archive.db.path());
    for (const std::string query : {"cocoa topic:grain", "cocoa date:1987-01..1987-02", "headline:oil topic:grain",
                                    "oil topic:metal", "cocoa", "wheat date:1987-03"}) {
        for (const MatchMode mode : {MatchMode::Most, MatchMode::All, MatchMode::Any}) {
            for (const std::size_t offset : {0u, 5u, 15u}) {
                check_same_as_full_match(searcher, {.query = query, .match = mode, .offset = offset, .limit = 5});
                check_same_as_full_match(searcher,
                                         {.query = query, .match = mode, .offset = offset, .limit = 5, .exact_total = false});
            }
        }
        check_same_as_full_match(searcher, {.query = query, .limit = 5, .facets = {"topic", "month"}});
        check_same_as_full_match(searcher, {.query = query, .from = DateTime{1987, 2, 1}, .limit = 3});
    }
}

TEST_CASE("planner: a filtered query is served from the list when enough of it passes, else matched in full") {
    const ListedArchive archive;
    SearchRequest common{.query = "cocoa topic:grain", .limit = 5, .snippets = false, .accelerated = false};
    const SearchResponse full = Searcher(archive.db.path()).search(common);
    common.query = "cocoa topic:metal";
    common.limit = 15;
    const SearchResponse full_rare = Searcher(archive.db.path()).search(common);
    replace_list_by_first_twenty(archive.db.path(), "cocoa");
    Searcher searcher(archive.db.path());

    // Two in three articles are grain: more than five of the twenty listed pass, and the page is theirs.
    const SearchResponse listed =
        searcher.search({.query = "cocoa topic:grain", .limit = 5, .facets = {"topic"}, .snippets = false});
    CHECK(ids_of(listed) != ids_of(full));
    CHECK(listed.total == full.total);  // counted over every match
    CHECK(listed.total_exact);
    Xapian::Database reader(archive.db.path());
    const auto first_twenty = decode_top_list(reader.get_metadata(top_list_key("cocoa")), 1).ids;
    for (const Hit& hit : listed.hits) {
        const auto id = reader.postlist_begin(id_term(hit.article.id));
        CHECK(std::find(first_twenty.begin(), first_twenty.end(), *id) != first_twenty.end());
    }
    // One in three is metal: fewer than fifteen of the twenty pass, so the full match answers.
    const SearchResponse fallback = searcher.search({.query = "cocoa topic:metal", .limit = 15, .snippets = false});
    CHECK(ids_of(fallback) == ids_of(full_rare));
}

}  // namespace morgue
