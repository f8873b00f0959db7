#include "field_split_match.hpp"
#include "query_parser.hpp"
#include "temp_database.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/indexer.hpp>
#include <morgue/ranking.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <random>
#include <string>
#include <vector>

namespace morgue {
namespace {

const std::vector<std::string> kWords{"cocoa", "oil", "bank", "rate", "trade", "gold"};

// Few words, so phrases of them occur in many headlines and bodies, with a spread of scores.
Article random_article(int id, std::mt19937& random) {
    Article a;
    a.id = std::to_string(id);
    for (int i = 0; i < 3; ++i) a.headline += kWords[random() % kWords.size()] + " ";
    const int length = 3 + static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) a.body += kWords[random() % kWords.size()] + " ";
    return a;
}

struct Hit {
    Xapian::docid id;
    double weight;
    bool operator==(const Hit&) const = default;
};

std::vector<Hit> hits_of(const Xapian::MSet& mset) {
    std::vector<Hit> hits;
    for (auto hit = mset.begin(); hit != mset.end(); ++hit) hits.push_back({*hit, hit.get_weight()});
    return hits;
}

Xapian::MSet match(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount size) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(ranking_weight());
    return enquire.get_mset(0, size, db.get_doccount());
}

}  // namespace

TEST_CASE("field_split_match: phrases in headline and body give the same page, scores and count as one match") {
    testing::TempDatabase path;
    {
        Indexer indexer({.database = path.path()});
        std::mt19937 random(17);
        for (int id = 1; id <= 600; ++id) indexer.add(random_article(id, random));
        indexer.commit();
    }
    Xapian::Database db(path.path());
    const Analyzer analyzer;
    const QueryContext context{analyzer, {"english"}, std::nullopt, std::nullopt};
    const RankingWeight weight = ranking_weight();
    for (const std::string text : {"\"cocoa oil\"", "\"oil bank rate\"", "cocoa NEAR/2 gold", "\"gold gold\""}) {
        const Xapian::Query query = parse_query(text, context).query;
        for (Xapian::doccount wanted : {1u, 10u, 40u, 700u}) {
            CAPTURE(text);
            CAPTURE(wanted);
            const std::optional<PlannedMatch> planned = field_split_match(db, query, weight, wanted, true);
            REQUIRE(planned);
            const Xapian::MSet full = match(db, query, wanted);
            CHECK(full.size() > 0);
            CHECK(hits_of(match(db, planned->query, wanted)) == hits_of(full));
            CHECK(planned->matches == full.get_matches_estimated());
            CHECK(planned->matches_exact);
        }
    }
    // Not a phrase in two fields: matched as it is.
    CHECK_FALSE(field_split_match(db, parse_query("cocoa oil", context).query, weight, 10, true));
    CHECK_FALSE(field_split_match(db, parse_query("headline:\"cocoa oil\"", context).query, weight, 10, true));
    CHECK_FALSE(field_split_match(db, parse_query("\"cocoa oil\" -gold", context).query, weight, 10, true));
}

}  // namespace morgue
