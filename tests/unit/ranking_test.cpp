#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/length_norm.hpp>
#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace morgue {
namespace {

Article article_of(int id, int cocoa_times, int other_words) {
    Article a;
    a.id = std::to_string(id);
    for (int i = 0; i < cocoa_times; ++i) a.body += "cocoa ";
    for (int i = 0; i < other_words; ++i) a.body += "market ";
    return a;
}

}  // namespace

TEST_CASE("length norms: exact for short articles, within one 3% step for long ones") {
    for (Xapian::termcount words = 0; words < 32; ++words) CHECK(norm_length(length_norm(words)) == words);
    std::uint8_t previous = 0;
    for (Xapian::termcount words = 32; words < 23000; ++words) {
        const std::uint8_t norm = length_norm(words);
        CHECK(norm >= previous);
        CHECK(norm_length(norm) <= words + 1e-9);
        CHECK(words / norm_length(norm) < 1.031);
        previous = norm;
    }
    CHECK(length_norm(10'000'000) == 255);
}

TEST_CASE("length norms: text wdfs carry occurrences and length; Xapian's length is a fixed multiple") {
    Xapian::Document doc;
    doc.add_posting("Scocoa", 1);
    doc.add_posting("price", 2);
    doc.add_posting("price", 3);
    doc.add_boolean_term("Q1");
    encode_length_norms(doc);

    std::map<std::string, Xapian::termcount> wdfs;
    Xapian::termcount total = 0;
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
        wdfs[*term] = term.get_wdf();
        total += term.get_wdf();
    }
    CHECK(occurrences_of(wdfs["price"]) == 2);
    CHECK(occurrences_of(wdfs["Scocoa"]) == 1);
    CHECK(norm_of(wdfs["price"]) == length_norm(3));
    CHECK(norm_of(wdfs["Scocoa"]) == length_norm(3));
    CHECK(wdfs["Q1"] == 0);
    CHECK(wdfs.count(std::string(kLengthTerm)) == 1);
    CHECK(total == 3 * kDocLengthScale);
    // Positions are untouched.
    Xapian::termcount positions = 0;
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term)
        if (*term == "price") positions = term.positionlist_count();
    CHECK(positions == 2);
}

TEST_CASE("ranking: BM25 as Lucene scores it, with no document length lookups") {
    testing::TempDatabase path;
    // (occurrences of the word, other words): lengths from 1 to 400 words.
    const std::map<int, std::pair<int, int>> articles{{1, {1, 0}},   {2, {1, 9}},   {3, {2, 8}},   {4, {1, 99}},
                                                      {5, {3, 397}}, {6, {0, 50}},  {7, {0, 120}}, {8, {1, 30}}};
    double total_length = 0;
    {
        Indexer indexer({.database = path.path()});
        for (const auto& [id, shape] : articles) {
            indexer.add(article_of(id, shape.first, shape.second));
            total_length += shape.first + shape.second;
        }
        indexer.commit();
    }
    Xapian::Database db(path.path());
    const double average_length = total_length / static_cast<double>(articles.size());
    CHECK(db.get_avlength() / kDocLengthScale == doctest::Approx(average_length));

    const RankingWeight weight = ranking_weight();
    CHECK_FALSE(weight.get_sumpart_needs_doclength_());  // the point of carrying lengths in wdfs
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("cocoa"));
    enquire.set_weighting_scheme(weight);
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 6);

    const double n = 6, total = 8, k1 = 1.2, b = 0.75;
    const double idf = std::log(1 + (total - n + 0.5) / (n + 0.5));
    std::multimap<double, std::string, std::greater<>> expected_order;
    for (auto hit = mset.begin(); hit != mset.end(); ++hit) {
        const Xapian::Document doc = db.get_document(*hit);
        std::string id;
        for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term)
            if ((*term)[0] == 'Q') id = (*term).substr(1);
        const auto [occurrences, others] = articles.at(std::stoi(id));
        const double length = occurrences + others;
        const double expected = idf * (k1 + 1) * occurrences / (occurrences + k1 * (1 - b + b * length / average_length));
        CAPTURE(id);
        // Lengths over 32 words are rounded down to a 3% step, so scores agree within about 2%.
        CHECK(hit.get_weight() == doctest::Approx(expected).epsilon(0.02));
        expected_order.emplace(expected, id);
    }
    std::vector<std::string> ranked, expected_ranked;
    for (auto hit = mset.begin(); hit != mset.end(); ++hit) ranked.push_back(std::to_string(*hit));
    for (const auto& [score, id] : expected_order) expected_ranked.push_back(id);
    CHECK(ranked == expected_ranked);  // docids are the ids here: added in id order
}

}  // namespace morgue
