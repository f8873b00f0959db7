// The programs on the feed, NITF/NewsML-G2 and CSV/TSV samples (corpora/feeds, nitf, csv).
#include "programs.hpp"

#include <doctest/doctest.h>

#include <set>

namespace morgue::e2e {
namespace {

std::string sample(const std::string& path) { return (source_dir() / "corpora" / path).string(); }

// Every sample whose format content detection recognises; polder-post.csv needs --field-map.
struct FeedsDb {
    TempDir dir;
    std::string db = dir / "feeds";
    ProgramResult indexing = morgue_index(db, {sample("feeds"), sample("nitf"), sample("csv/town-crier.csv"),
                                               sample("csv/valley-wine.tsv")});
};

const FeedsDb& feeds() {
    static const FeedsDb db;
    return db;
}

std::set<std::string> search_ids(const std::string& db, const std::string& query) {
    std::set<std::string> ids;
    const nlohmann::json response = search_json(db, {"--limit", "100", query});  // outlives the loop
    for (const auto& hit : response["hits"]) ids.insert(hit["id"].get<std::string>());
    return ids;
}

std::set<std::string> search_ids(const std::string& query) { return search_ids(feeds().db, query); }

}  // namespace

TEST_CASE("feeds, nitf, csv: every sample article is indexed, each format detected from its content") {
    INFO(feeds().indexing.err);
    CHECK(feeds().indexing.exit_code == 0);
    // 4 RSS items + 3 Atom entries, 2 NITF + 1 NewsML-G2, 6 CSV rows + 3 TSV rows.
    CHECK(feeds().indexing.err.find("indexed 19 articles (19 new, 0 replaced) from 7 files") != std::string::npos);
}

TEST_CASE("feeds, nitf, csv: headline, byline and date queries find the articles") {
    CHECK(search_ids("headline:ferry") == std::set<std::string>{"https://gazette.example.org/2003/06/ferry-timetable"});
    CHECK(search_ids("byline:\"mara quill\"") == std::set<std::string>{"https://gazette.example.org/2003/06/ferry-timetable"});
    CHECK(search_ids("byline:\"hu haiyan\"") == std::set<std::string>{"https://notes.example.net/2010/03/comet-valley"});
    CHECK(search_ids("byline:okonkwo") == std::set<std::string>{"MRG-20100326-0042"});
    CHECK(search_ids("headline:glacier byline:aune") ==
          std::set<std::string>{"urn:newsml:wire.example.com:20100328:glacier-survey"});
    CHECK(search_ids("headline:bakery") == std::set<std::string>{"csv-0001"});
    CHECK(search_ids("byline:\"claire dubois\"") ==
          std::set<std::string>{"https://wine.example.fr/harvest-early", "https://wine.example.fr/new-press"});
    CHECK(search_ids("date:2010-03-26") == std::set<std::string>{"MRG-20100326-0042"});
    CHECK(search_ids("date:2003-06").size() == 4);
    CHECK(search_ids("dateline:\"port ellen\"") == std::set<std::string>{"MRG-20100326-0042"});
    CHECK(search_ids("source:\"harbour gazette\" section:business") ==
          std::set<std::string>{"https://gazette.example.org/2003/06/fish-market"});
    const std::string orchard = sample("nitf/orchard-frost.nitf") + "#1";  // no doc-id: path and number
    CHECK(search_ids("headline:frost") == std::set<std::string>{orchard});
}

TEST_CASE("feeds, nitf, csv: a CSV whose columns need --field-map is refused without it and read with it") {
    TempDir dir;
    const std::string db = dir / "polder";
    const ProgramResult refused = morgue_index(db, {"--format", "csv", sample("csv/polder-post.csv")});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("polder-post.csv:1 (byte 0): no column of the header is a headline or a body (columns: 'kop', "
                           "'verhaal', 'schrijver', 'datum', 'rubriek')") != std::string::npos);
    const ProgramResult mapped =
        morgue_index(db, {"--format", "csv", "--field-map", "kop=headline,verhaal=body,schrijver=byline,datum=date",
                          sample("csv/polder-post.csv")});
    INFO(mapped.err);
    CHECK(mapped.exit_code == 0);
    CHECK(mapped.err.find("columns not read: 'rubriek'") != std::string::npos);
    CHECK(search_ids(db, "headline:dijk") == std::set<std::string>{sample("csv/polder-post.csv") + "#1"});
    CHECK(search_ids(db, "byline:\"bram jansen\" date:2013-02-12").size() == 1);

    const ProgramResult bad_map = morgue_index(db, {"--field-map", "kop=colour", sample("csv/polder-post.csv")});
    CHECK(bad_map.exit_code == 2);
    CHECK(bad_map.err.find("--field-map entry 'kop=colour' is not COLUMN=FIELD") != std::string::npos);
}

}  // namespace morgue::e2e
