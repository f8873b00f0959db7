// What a remote shard rebuilds from the bytes a client sends: every class the searcher hands
// Xapian is registered (search_registry.hpp), and comes back from serialise/unserialise the same.
#include "facet_counter.hpp"
#include "id_sources.hpp"
#include "presence_source.hpp"
#include "source_encoding.hpp"
#include "random_articles.hpp"
#include "temp_database.hpp"

#include <morgue/indexer.hpp>
#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/search_registry.hpp>

#include <doctest/doctest.h>
#include <xapian.h>

#include <limits>
#include <memory>
#include <random>

namespace morgue {
namespace {

// What a server does with a source: find it by name, rebuild it from its bytes.
std::unique_ptr<Xapian::PostingSource> through_registry(const Xapian::PostingSource& source) {
    const Xapian::Registry registry = search_registry();  // owns what it hands out
    const Xapian::PostingSource* registered = registry.get_posting_source(source.name());
    REQUIRE(registered != nullptr);
    return std::unique_ptr<Xapian::PostingSource>(registered->unserialise(source.serialise()));
}

std::vector<std::pair<Xapian::docid, double>> postings(Xapian::PostingSource& source, const Xapian::Database& db) {
    std::vector<std::pair<Xapian::docid, double>> out;
    source.init(db);
    for (source.next(0); !source.at_end(); source.next(0)) out.emplace_back(source.get_docid(), source.get_weight());
    return out;
}

struct SmallArchive {
    testing::TempDatabase db;
    explicit SmallArchive(int n) {
        std::mt19937 random(5);
        Indexer indexer({.database = db.path()});
        for (int id = 1; id <= n; ++id) indexer.add(testing::random_article(id, random, {.topic = true, .date = true}));
        indexer.commit();
    }
};

}  // namespace

TEST_CASE("remote serialisation: posting sources come back with the same documents and weights") {
    const SmallArchive archive(30);
    const Xapian::Database db(archive.db.path());
    PresenceSource presence({"cocoa", "zebra", "gold"}, 2.5);
    ScoredIdsSource ids({2, 3, 17, 29}, {1.5, 0.25, 7.0, 1e-9});
    NewerSource newer(25);
    for (Xapian::PostingSource* source : std::initializer_list<Xapian::PostingSource*>{&presence, &ids, &newer}) {
        CAPTURE(source->name());
        const auto rebuilt = through_registry(*source);
        CHECK(rebuilt->name() == source->name());
        CHECK(rebuilt->serialise() == source->serialise());
        const auto expected = postings(*source, db);
        CHECK_FALSE(expected.empty());
        CHECK(postings(*rebuilt, db) == expected);
    }
}

TEST_CASE("remote serialisation: malformed bytes are refused, never read past") {
    const Xapian::Registry registry = search_registry();
    for (const char* name : {"morgue::PresenceSource", "morgue::ScoredIdsSource", "morgue::NewerSource"}) {
        CAPTURE(name);
        const Xapian::PostingSource* source = registry.get_posting_source(name);
        REQUIRE(source != nullptr);
        for (const std::string& bad : {std::string("\x05"), std::string("\xff\x01"), std::string(3, '\x7f')})
            CHECK_THROWS_AS(delete source->unserialise(bad), Xapian::SerialisationError);
    }
    // Ids must ascend: a source that went back would make the matcher skip documents.
    const std::string descending = ScoredIdsSource({3, 5}, {1, 1}).serialise();
    const std::string swapped = ScoredIdsSource({5, 3}, {1, 1}).serialise();
    CHECK_NOTHROW(delete registry.get_posting_source("morgue::ScoredIdsSource")->unserialise(descending));
    CHECK_THROWS_AS(delete registry.get_posting_source("morgue::ScoredIdsSource")->unserialise(swapped),
                    Xapian::SerialisationError);
}

TEST_CASE("remote serialisation: the ranking weight keeps its field lengths and parameters") {
    FieldLengths lengths;
    lengths.average = {0, 31.5, 7.25, 2, 0, 0, 0, 1e6};
    const RankingWeight weight(lengths, 0.9, 0.4);
    const Xapian::Registry registry = search_registry();
    const Xapian::Weight* registered = registry.get_weighting_scheme(weight.name());
    REQUIRE(registered != nullptr);
    const std::unique_ptr<Xapian::Weight> rebuilt(registered->unserialise(weight.serialise()));
    CHECK(rebuilt->serialise() == weight.serialise());
    CHECK(rebuilt->serialise() != RankingWeight(lengths).serialise());  // k1 and b travel too
    CHECK_THROWS_AS(delete registered->unserialise("\x08"), Xapian::SerialisationError);
}

TEST_CASE("remote serialisation: facet counts of two shards merge into the counts of one database") {
    const SmallArchive archive(40);
    const Xapian::Database db(archive.db.path());
    const Xapian::Registry registry = search_registry();
    for (const char* facet : {"topic", "month", "year"}) {
        CAPTURE(facet);
        const FacetSpec& spec = *find_facet(facet);
        FacetCounter whole(spec), merged(spec), low(spec), high(spec);
        for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
            const Xapian::Document doc = db.get_document(id);
            whole(doc, 0);
            (id % 2 ? low : high)(doc, 0);
        }
        // As a client does: the spy rebuilt on each shard from its name and bytes; its results merged.
        const Xapian::MatchSpy* registered = registry.get_match_spy("morgue::FacetCounter");
        REQUIRE(registered != nullptr);
        const std::unique_ptr<Xapian::MatchSpy> remote(registered->unserialise(whole.serialise(), registry));
        CHECK(remote->serialise() == whole.serialise());
        merged.merge_results(low.serialise_results());
        merged.merge_results(high.serialise_results());
        CHECK(merged.top(100) == whole.top(100));
        CHECK(merged.documents_seen() == whole.documents_seen());
        CHECK_FALSE(whole.top(100).empty());
        CHECK_THROWS_AS(merged.merge_results(low.serialise_results().substr(0, low.serialise_results().size() - 1)),
                        Xapian::SerialisationError);
    }
    // A period key that is not a whole number an int holds (here minus infinity) is refused, not cast.
    FacetCounter month(*find_facet("month"));
    std::string bad_key;
    put_number(bad_key, 0);
    put_number(bad_key, 1);
    put_number(bad_key, -std::numeric_limits<double>::infinity());
    put_number(bad_key, 1);
    put_number(bad_key, 0);
    CHECK_THROWS_AS(month.merge_results(bad_key), Xapian::SerialisationError);
    std::string fine_key;
    put_number(fine_key, 0);
    put_number(fine_key, 1);
    put_number(fine_key, 198703);
    put_number(fine_key, 1);
    put_number(fine_key, 0);
    CHECK_NOTHROW(month.merge_results(fine_key));
    CHECK_THROWS_AS(delete registry.get_match_spy("morgue::FacetCounter")->unserialise("colour", registry),
                    Xapian::SerialisationError);
}

}  // namespace morgue
