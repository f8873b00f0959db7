#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/length_norm.hpp>
#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <cmath>
#include <functional>
#include <map>
#include <memory>
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

TEST_CASE("wdf encoding: a field term and a word of the article text round-trip") {
    const DecodedWdf field = decode_wdf(field_wdf(3, {7, 42}));
    CHECK_FALSE(field.text_word);
    CHECK(field.slot == 3);
    CHECK(field.lanes[0] == FieldOccurrences{7, 42});
    const DecodedWdf text = decode_wdf(text_wdf({900, 200}, {2, 9}));
    CHECK(text.text_word);
    CHECK(text.lanes[0] == FieldOccurrences{900, 200});
    CHECK(text.lanes[1] == FieldOccurrences{2, 9});
    // Past a lane's capacity occurrences are capped, never spilled into the next lane.
    const DecodedWdf capped = decode_wdf(text_wdf({5000, 255}, {99, 255}));
    CHECK(capped.lanes[0] == FieldOccurrences{kMaxBodyOccurrences, 255});
    CHECK(capped.lanes[1] == FieldOccurrences{kMaxHeadlineOccurrences, 255});
    // A body-only word stays small: two bytes in a posting list for a few occurrences.
    CHECK(text_wdf({3, 120}, {}) < (1u << 16));
}

TEST_CASE("document builder: the article text holds headline and body words as two lanes") {
    testing::TempDatabase path;
    {
        Indexer indexer({.database = path.path(), .language = "none"});
        Article a;
        a.id = "1";
        a.headline = "cocoa prices";
        a.body = "cocoa rose and cocoa fell today";
        indexer.add(a);
        indexer.commit();
    }
    Xapian::Database db(path.path());
    const Xapian::Document doc = db.get_document(1);
    std::map<std::string, Xapian::termcount> wdfs;
    std::map<std::string, Xapian::termcount> positions;
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
        wdfs[*term] = term.get_wdf();
        positions[*term] = term.positionlist_count();
    }
    const DecodedWdf cocoa = decode_wdf(wdfs.at("cocoa"));
    CHECK(cocoa.text_word);
    CHECK(cocoa.lanes[0] == FieldOccurrences{2, length_norm(6)});  // body: 2 of 6 words
    CHECK(cocoa.lanes[1] == FieldOccurrences{1, length_norm(2)});  // headline: 1 of 2 words
    CHECK(positions.at("cocoa") == 3);                             // phrases see both fields
    const DecodedWdf headline = decode_wdf(wdfs.at("Scocoa"));
    CHECK_FALSE(headline.text_word);
    CHECK(headline.slot == field_spec(FieldId::Headline).norm_slot);
    CHECK(headline.lanes[0] == FieldOccurrences{1, length_norm(2)});
    CHECK(wdfs.at(length_term(field_spec(FieldId::Headline))) == 2);
    CHECK(wdfs.at(length_term(field_spec(FieldId::Body))) == 6);
    const FieldLengths lengths = FieldLengths::of(db);
    CHECK(lengths.average[field_spec(FieldId::Body).norm_slot] == doctest::Approx(6));
}

TEST_CASE("ranking: a word of one field is BM25 as Lucene scores it, with that field's average length") {
    testing::TempDatabase path;
    // (occurrences of the word, other words) in the headline: lengths from 1 to 400 words.
    const std::map<int, std::pair<int, int>> articles{{1, {1, 0}},   {2, {1, 9}},  {3, {2, 8}},   {4, {1, 99}},
                                                      {5, {3, 397}}, {6, {0, 50}}, {7, {0, 120}}, {8, {1, 30}}};
    double total_length = 0;
    {
        Indexer indexer({.database = path.path()});
        for (const auto& [id, shape] : articles) {
            Article a = article_of(id, shape.first, shape.second);
            a.headline = a.body;
            a.body = "filler words only";
            indexer.add(a);
            total_length += shape.first + shape.second;
        }
        indexer.commit();
    }
    Xapian::Database db(path.path());
    const double average_length = total_length / static_cast<double>(articles.size());
    CHECK(FieldLengths::of(db).average[field_spec(FieldId::Headline).norm_slot] == doctest::Approx(average_length));

    const RankingWeight weight = ranking_weight(db);
    CHECK_FALSE(weight.get_sumpart_needs_doclength_());  // the point of carrying lengths in wdfs
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("Scocoa"));
    enquire.set_weighting_scheme(weight);
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 6);

    const double n = 6, total = 8, k1 = 1.2, b = 0.75;
    const double idf = std::log(1 + (total - n + 0.5) / (n + 0.5));
    std::multimap<double, std::string, std::greater<>> expected_order;
    for (auto hit = mset.begin(); hit != mset.end(); ++hit) {
        const std::string id = std::to_string(*hit);  // docids are the ids here: added in id order
        const auto [occurrences, others] = articles.at(std::stoi(id));
        const double length = occurrences + others;
        const double expected =
            idf * (k1 + 1) * occurrences / (occurrences + k1 * (1 - b + b * length / average_length));
        CAPTURE(id);
        // Lengths over 32 words are rounded down to a 3% step, so scores agree within about 2%.
        CHECK(hit.get_weight() == doctest::Approx(expected).epsilon(0.02));
        expected_order.emplace(expected, id);
    }
    std::vector<std::string> ranked, expected_ranked;
    for (auto hit = mset.begin(); hit != mset.end(); ++hit) ranked.push_back(std::to_string(*hit));
    for (const auto& [score, id] : expected_order) expected_ranked.push_back(id);
    CHECK(ranked == expected_ranked);
}

TEST_CASE("ranking: a plain word is BM25F: field-weighted, field-normalized frequencies, one saturation") {
    testing::TempDatabase path;
    {
        Indexer indexer({.database = path.path(), .language = "none"});
        const std::vector<std::pair<std::string, std::string>> texts{
            {"cocoa talks", "delegates met on cocoa and the cocoa stock"},
            {"sugar prices", "cocoa was mentioned once in a long story about sugar prices and weather and ships"},
            {"coffee", "nothing about the word here at all"},
            {"cocoa", "a short one"},
        };
        int id = 0;
        for (const auto& [headline, body] : texts) {
            Article a;
            a.id = std::to_string(++id);
            a.headline = headline;
            a.body = body;
            indexer.add(a);
        }
        indexer.commit();
    }
    Xapian::Database db(path.path());
    const FieldLengths lengths = FieldLengths::of(db);
    const double average_headline = lengths.average[field_spec(FieldId::Headline).norm_slot];
    const double average_body = lengths.average[field_spec(FieldId::Body).norm_slot];
    CHECK(average_headline == doctest::Approx((2 + 2 + 1 + 1) / 4.0));
    CHECK(average_body == doctest::Approx((8 + 15 + 7 + 3) / 4.0));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("cocoa"));
    enquire.set_weighting_scheme(ranking_weight(db));
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 3);
    const double k1 = 1.2, b = 0.75, idf = std::log(1 + (4 - 3 + 0.5) / (3 + 0.5));
    const auto part = [&](double occurrences, double length, double average) {
        return occurrences / (1 - b + b * length / average);
    };
    const std::map<Xapian::docid, double> tf{
        {1, 3 * part(1, 2, average_headline) + part(2, 8, average_body)},
        {2, part(1, 15, average_body)},
        {4, 3 * part(1, 1, average_headline)},
    };
    for (auto hit = mset.begin(); hit != mset.end(); ++hit) {
        CAPTURE(*hit);
        const double expected = idf * (k1 + 1) * tf.at(*hit) / (k1 + tf.at(*hit));
        CHECK(hit.get_weight() == doctest::Approx(expected).epsilon(1e-9));
    }
}

TEST_CASE("ranking: an article holding every word outranks one holding a single headline word") {
    // The trap of summing a separately saturated BM25 per field, the headline's multiplied by 3.
    testing::TempDatabase path;
    {
        Indexer indexer({.database = path.path(), .language = "none"});
        Article headline_only;
        headline_only.id = "headline";
        headline_only.headline = "harvest";
        headline_only.body = "a report on farms and weather in the north of the country this season";
        indexer.add(headline_only);
        Article every_word;
        every_word.id = "every";
        every_word.headline = "farm report";
        every_word.body = "the harvest of wheat in the delta was late because rain fell in the spring";
        indexer.add(every_word);
        for (int i = 0; i < 20; ++i) {
            Article other;
            other.id = "other" + std::to_string(i);
            other.body = "unrelated news about markets number " + std::to_string(i) + (i % 3 ? " wheat" : " rain");
            indexer.add(other);
        }
        indexer.commit();
    }
    Xapian::Database db(path.path());
    Xapian::Enquire enquire(db);
    const std::vector<Xapian::Query> words{Xapian::Query("harvest"), Xapian::Query("wheat"), Xapian::Query("delta"),
                                           Xapian::Query("rain")};
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()));
    enquire.set_weighting_scheme(ranking_weight(db));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    REQUIRE(mset.size() == 1);
    CHECK(*mset.begin() == 2);  // the article holding every word, added second
}

TEST_CASE("ranking: the weight's parameters survive serialisation, as remote shards need") {
    FieldLengths lengths;
    lengths.average[1] = 9.5;
    lengths.average[6] = 143.25;
    const RankingWeight weight(lengths, 1.1, 0.6);
    std::unique_ptr<RankingWeight> copy(weight.unserialise(weight.serialise()));
    CHECK(copy->serialise() == weight.serialise());
    CHECK_THROWS_AS(weight.unserialise("\x05xx"), Xapian::SerialisationError);
}

}  // namespace morgue
