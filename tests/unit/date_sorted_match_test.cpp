#include "date_sorted_match.hpp"
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>
#include <morgue/values.hpp>

#include <doctest/doctest.h>

#include <random>

namespace morgue {
namespace {

std::vector<Xapian::docid> docids(const Xapian::MSet& mset) {
    std::vector<Xapian::docid> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
    return out;
}

std::vector<Xapian::docid> docids(const std::vector<Xapian::MSet>& parts) {
    std::vector<Xapian::docid> out;
    for (const Xapian::MSet& part : parts)
        for (auto it = part.begin(); it != part.end(); ++it) out.push_back(*it);
    return out;
}

// What sorting every match gives: by date (undated last), then morgue's relevance.
Xapian::MSet full_sort(const Xapian::Database& db, const Xapian::Query& query, bool newest_first, Xapian::doccount offset,
                       Xapian::doccount limit) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(ranking_weight(db));
    Xapian::MultiValueKeyMaker keys;
    keys.add_value(*field_spec(FieldId::Date).slot, newest_first, newest_first ? std::string() : "\xff");
    enquire.set_sort_by_key_then_relevance(&keys, false);
    return enquire.get_mset(offset, limit);
}

}  // namespace

TEST_CASE("date_sorted_match: the windowed page equals sorting every match") {
    testing::TempDatabase path;
    std::mt19937 random(7);
    {
        Indexer indexer({.database = path.path()});
        for (int i = 0; i < 600; ++i) {
            Article a;
            a.id = std::to_string(i);
            // Most articles are old and a few recent, as in a long archive; every 50th has no date.
            if (i % 50 != 0) {
                const int year = i < 550 ? 1980 + static_cast<int>(random() % 30) : 2015;
                a.date = DateTime{year, 1 + static_cast<int>(random() % 12), 1 + static_cast<int>(random() % 28)};
            }
            a.headline = i % 3 == 0 ? "cocoa prices" : "oil prices";
            a.body = std::string(i % 7 == 0 ? "cocoa cocoa " : "") + "markets";
            indexer.add(a);
        }
        indexer.commit();
    }
    Xapian::Database db(path.path());
    const unsigned slot = *field_spec(FieldId::Date).slot;
    const auto earliest = date_from_value(db.get_value_lower_bound(slot));
    const auto latest = date_from_value(db.get_value_upper_bound(slot));
    const morgue::RankingWeight weight = morgue::ranking_weight(db);
    for (const std::string& term : {text_term(field_spec(FieldId::Headline), "cocoa"),
                                    text_term(field_spec(FieldId::Headline), "price"),
                                    text_term(field_spec(FieldId::Body), "market")}) {
        const Xapian::Query query(term);
        for (bool newest : {true, false}) {
            // The estimate only sizes the first window: right, far too low or far too high, same page.
            for (Xapian::doccount estimate : {db.get_termfreq(term), 1u, 1000000u}) {
                for (Xapian::doccount offset : {0u, 5u, 45u, 190u, 380u, 585u, 595u}) {
                    CAPTURE(term);
                    CAPTURE(newest);
                    CAPTURE(estimate);
                    CAPTURE(offset);
                    const auto windowed = date_sorted_mset(db, query, weight, {newest, offset, 10, estimate}, earliest, latest);
                    CHECK(docids(windowed) == docids(full_sort(db, query, newest, offset, 10)));
                }
            }
        }
    }
}

}  // namespace morgue
