// morgue-index on the mail and Usenet samples (corpora/mail), then morgue-search on their fields.
#include "programs.hpp"

#include <doctest/doctest.h>

#include <set>

namespace morgue::e2e {
namespace {

struct MailDb {
    TempDir dir;
    std::string db = dir / "mail";
    ProgramResult indexing = morgue_index(db, {(source_dir() / "corpora" / "mail").string()});
};

const MailDb& mail() {
    static const MailDb db;
    return db;
}

// The headlines a query finds, sorted and joined by " | " (so that a failure shows them).
std::string headlines(const std::string& query) {
    const nlohmann::json response = search_json(mail().db, {"--limit", "100", query});
    std::set<std::string> found;
    for (const auto& hit : response["hits"]) found.insert(hit["headline"].get<std::string>());
    std::string joined;
    for (const std::string& headline : found) joined += (joined.empty() ? "" : " | ") + headline;
    return joined;
}

}  // namespace

TEST_CASE("mail: an mbox and a Usenet folder tree are indexed message by message") {
    INFO(mail().indexing.err);
    CHECK(mail().indexing.exit_code == 0);
    // 6 messages of archive.mbox and 4 Usenet articles, two of them both named 101; no README.
    CHECK(mail().indexing.err.find("indexed 10 articles (10 new, 0 replaced) from 5 files") != std::string::npos);
}

TEST_CASE("mail: Subject is the headline, From the byline, Date the date") {
    CHECK(headlines("headline:\"harbour cranes\"") ==
          "Harbour cranes return to service at Eastport | Re: Harbour cranes return to service at Eastport");
    CHECK(headlines("headline:café") == "Café prices climb in Lyon as milk costs récord");
    CHECK(headlines("byline:\"radek petrov\"") == "Cold starts and the choke on a 1978 sedan");

    const auto comet = search_json(mail().db, {"byline:\"john doe\" headline:comet"});
    REQUIRE(comet["total"] == 1);
    const auto& hit = comet["hits"][0];
    CHECK(hit["id"] == "1993Apr5.100000.4411@astro.example.edu");
    CHECK(hit["date"] == "1993-04-05T10:00:00Z");  // "Mon, 05 Apr 93 10:00:00 GMT"
    CHECK(hit["section"] == "sci.astro");
    CHECK(hit["source"] == "Example State University Observatory");

    // Dates from the two-digit years of Usenet select by year; same-named files are two articles.
    CHECK(search_json(mail().db, {"--limit", "100", "date:1993"})["total"] == 5);
    CHECK(search_json(mail().db, {"--limit", "100", "section:rec.autos"})["total"] == 2);
    // No e-mail address is a byline, and signatures and attachments are not searchable text.
    CHECK(search_json(mail().db, {"legs"})["total"] == 0);
    CHECK(search_json(mail().db, {"ATTACHED-GATE-CODES"})["total"] == 0);
}

}  // namespace morgue::e2e
