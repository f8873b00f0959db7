#include "facet_counter.hpp"

#include <morgue/error.hpp>
#include <morgue/schema.hpp>
#include <morgue/values.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <vector>

using morgue::FacetCounter;
using morgue::FieldId;

namespace {

struct TestArticle {
    std::optional<morgue::DateTime> date;
    std::vector<std::string> topics;
    std::vector<std::string> places;
    std::vector<std::string> bylines;
    std::string source;
    std::string section;
    std::string term = "any";
};

void set_value(Xapian::Document& doc, FieldId field, const std::string& value) {
    if (!value.empty()) doc.add_value(*morgue::field_spec(field).slot, value);
}

Xapian::WritableDatabase make_database(const std::vector<TestArticle>& articles) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& article : articles) {
        Xapian::Document doc;
        doc.add_term(article.term);
        if (article.date) set_value(doc, FieldId::Date, morgue::date_value(*article.date));
        set_value(doc, FieldId::Topic, morgue::list_value(article.topics));
        set_value(doc, FieldId::Place, morgue::list_value(article.places));
        set_value(doc, FieldId::Byline, morgue::list_value(article.bylines));
        set_value(doc, FieldId::Source, article.source);
        set_value(doc, FieldId::Section, article.section);
        doc.set_data("data must not be needed");
        db.add_document(doc);
    }
    return db;
}

using Counts = std::vector<std::pair<std::string, std::uint64_t>>;

Counts counts(const std::vector<morgue::FacetCount>& top) {
    Counts out;
    for (const auto& entry : top) out.emplace_back(entry.value, entry.count);
    return out;
}

morgue::DateTime day(int year, int month, int d) { return morgue::DateTime{year, month, d, 0, 0, 0, false}; }

std::vector<TestArticle> sample_articles() {
    return {
        {day(1987, 3, 2), {"crude", "nat-gas"}, {"usa"}, {"John Doe"}, "Reuters", "", "any"},
        {morgue::DateTime{1987, 3, 15, 10, 30, 0, true}, {"crude"}, {"usa", "uk"}, {"Jane Roe", "John Doe"},
         "Reuters", "business", "oil"},
        {day(1987, 4, 1), {"grain", "grain"}, {}, {}, "AP", "business", "any"},
        {day(1988, 1, 31), {}, {"uk"}, {}, "Reuters", "", "oil"},
        {std::nullopt, {"crude"}, {}, {}, "", "", "any"},
    };
}

// Counts `facet` over everything `query` matches, asking for pages of `page_size` results.
std::unique_ptr<FacetCounter> count(const Xapian::Database& db, std::string_view facet, const Xapian::Query& query,
                                    Xapian::doccount page_size = 10) {
    const morgue::FacetSpec* spec = morgue::find_facet(facet);
    REQUIRE(spec != nullptr);
    auto counter = std::make_unique<FacetCounter>(*spec);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.add_matchspy(counter.get());
    enquire.get_mset(0, page_size, db.get_doccount());
    return counter;
}

}  // namespace

TEST_CASE("facet: year and month come from the date slot, in chronological order") {
    auto db = make_database(sample_articles());
    auto years = count(db, "year", Xapian::Query::MatchAll);
    CHECK(years->documents_seen() == 5);
    CHECK(counts(years->top(10)) == Counts{{"1987", 3}, {"1988", 1}});
    CHECK(counts(count(db, "month", Xapian::Query::MatchAll)->top(10)) ==
          Counts{{"1987-03", 2}, {"1987-04", 1}, {"1988-01", 1}});
    // With fewer buckets than periods, the busiest ones are kept (earlier on ties), still in time order.
    CHECK(counts(count(db, "month", Xapian::Query::MatchAll)->top(2)) == Counts{{"1987-03", 2}, {"1987-04", 1}});
}

TEST_CASE("facet: list values count each entry once per document") {
    auto db = make_database(sample_articles());
    CHECK(counts(count(db, "topic", Xapian::Query::MatchAll)->top(10)) ==
          Counts{{"crude", 3}, {"grain", 1}, {"nat-gas", 1}});
    CHECK(counts(count(db, "place", Xapian::Query::MatchAll)->top(10)) == Counts{{"uk", 2}, {"usa", 2}});
    CHECK(counts(count(db, "byline", Xapian::Query::MatchAll)->top(10)) ==
          Counts{{"John Doe", 2}, {"Jane Roe", 1}});
}

TEST_CASE("facet: single values are counted whole and empty values not at all") {
    auto db = make_database(sample_articles());
    CHECK(counts(count(db, "source", Xapian::Query::MatchAll)->top(10)) == Counts{{"Reuters", 3}, {"AP", 1}});
    CHECK(counts(count(db, "section", Xapian::Query::MatchAll)->top(10)) == Counts{{"business", 2}});
    CHECK(counts(count(db, "source", Xapian::Query::MatchAll)->top(1)) == Counts{{"Reuters", 3}});
    CHECK(count(db, "source", Xapian::Query::MatchAll)->top(0).empty());
}

TEST_CASE("facet: counts cover the whole match set, not just the page") {
    auto db = make_database(sample_articles());
    CHECK(counts(count(db, "topic", Xapian::Query::MatchAll, 1)->top(10)) ==
          Counts{{"crude", 3}, {"grain", 1}, {"nat-gas", 1}});
    auto oil = count(db, "year", Xapian::Query("oil"), 1);
    CHECK(oil->documents_seen() == 2);
    CHECK(counts(oil->top(10)) == Counts{{"1987", 1}, {"1988", 1}});
}

TEST_CASE("facet: a large match set is counted exactly") {
    std::vector<TestArticle> articles;
    for (int i = 0; i < 500; ++i) {
        TestArticle article;
        article.date = day(1990 + i % 3, 1 + i % 12, 1);
        article.topics = {"t" + std::to_string(i % 7)};
        articles.push_back(article);
    }
    auto db = make_database(articles);
    CHECK(counts(count(db, "year", Xapian::Query::MatchAll, 1)->top(10)) ==
          Counts{{"1990", 167}, {"1991", 167}, {"1992", 166}});
    CHECK(counts(count(db, "topic", Xapian::Query::MatchAll, 1)->top(2)) == Counts{{"t0", 72}, {"t1", 72}});
}

TEST_CASE("facet: a facet names its spy for Xapian") {
    FacetCounter counter(*morgue::find_facet("place"));
    CHECK(counter.name() == "morgue::FacetCounter");
    CHECK(counter.spec().name == "place");
    CHECK(counter.spec().field == FieldId::Place);
}
