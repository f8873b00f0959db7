#include "readers/xml/feed_reader.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace morgue::readers {
namespace {

ReadResult read(std::string text, std::string path = "feed.rss") {
    return read_with(read_feed, SourceText{std::move(path), std::move(text)});
}

std::string sample(const std::string& name) {
    std::ifstream in(std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "feeds" / name, std::ios::binary);
    REQUIRE(in.good());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string rss(const std::string& items) {
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Chan</title>\n" + items + "</channel></rss>\n";
}

}  // namespace

TEST_CASE("feed: RSS 2.0 items with content:encoded, author e-mail, dc:creator, categories") {
    const ReadResult result = read(sample("harbour-gazette.rss"), "harbour-gazette.rss");
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 4);
    CHECK(result.lines == std::vector<std::size_t>{12, 22, 31, 39});

    const Article& ferry = result.articles[0];
    CHECK(ferry.headline == "Ferry timetable doubles after lighthouse reopens");
    CHECK(ferry.id == "https://gazette.example.org/2003/06/ferry-timetable");  // the guid is no permalink
    CHECK(ferry.byline == std::vector<std::string>{"Mara Quill"});
    CHECK(ferry.date->to_iso() == "2003-06-10T04:00:00Z");
    CHECK(ferry.section == "Transport");
    CHECK(ferry.source == "The Harbour Gazette");  // the channel's title, not the image's
    CHECK(ferry.body ==
          "The ferry company will run sixteen crossings a day from Monday, twice as many as in May, now that the old "
          "lighthouse guides boats again.\n\n\u201cWe waited three winters for this,\u201d said the harbour master, Ilse "
          "Brandvold.\n\nFirst boat: 05:40\n\nLast boat: 23:10");

    const Article& market = result.articles[1];
    CHECK(market.byline == std::vector<std::string>{"Tomas Vell", "Ana Ribeiro"});
    CHECK(market.date->to_iso() == "2003-06-11T07:30:00Z");  // +0200
    CHECK(market.section == "Business; Food");
    CHECK(market.body == "Stallholders voted 41 to 9 to move the Saturday fish market into the old rope works.\n\n"
                         "Rent stays at \u20ac12 a stall.");  // escaped HTML, entities twice

    const Article& storm = result.articles[2];
    CHECK(storm.headline == "Storm closes the coast road & the tram line");
    CHECK(storm.id == "https://gazette.example.org/2003/06/storm-coast-road");  // a permalink guid, no link
    CHECK(storm.byline == std::vector<std::string>{"night.desk@gazette.example.org"});
    CHECK(storm.date->to_iso() == "2003-06-13T03:15:00Z");  // -0500 crosses midnight
    CHECK(storm.body == "Gusts of 110 km/h brought down trees between the pier and the salt flats. "
                        "Crews expect to reopen the road by Friday noon.");

    const Article& letters = result.articles[3];
    CHECK(letters.date->to_iso() == "2003-06-13T08:00:00Z");  // dc:date
    CHECK(letters.byline == std::vector<std::string>{"Oskar Lindqvist"});
    CHECK(letters.body == "Readers write about the keeper's cottage: turn it into a museum, says one; a caf\u00e9, says "
                          "another.\nWrite to letters@gazette.example.org.");
}

TEST_CASE("feed: Atom entries: alternate link, authors, published else updated, html and xhtml content") {
    const ReadResult result = read(sample("observatory-notes.atom"), "observatory-notes.atom");
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 3);
    const Article& comet = result.articles[0];
    CHECK(comet.id == "https://notes.example.net/2010/03/comet-valley");
    CHECK(comet.headline == "Comet seen with the naked eye from the valley");
    CHECK(comet.byline == std::vector<std::string>{"Hu Haiyan", "Pieter de Wit"});
    CHECK(comet.date->to_iso() == "2010-03-25T23:43:00Z");  // published, +08:00
    CHECK(comet.section == "Astronomy");
    CHECK(comet.source == "Observatory Notes");
    CHECK(comet.body == "Shepherds above the valley were the first to report the comet, low in the north-east before "
                        "dawn.\n\nIts tail spans about four degrees.");

    const Article& dome = result.articles[1];
    CHECK(dome.id == "tag:notes.example.net,2010:dome-repaired");  // no link: the Atom id
    CHECK(dome.headline == "Telescope dome repaired in time");
    CHECK(dome.date->to_iso() == "2010-03-20T16:30:00Z");  // updated
    CHECK(dome.body == "The motor that turns the dome was replaced on Thursday.\n\nObservers lost 41 nights to the fault "
                       "this winter.");

    const Article& open_night = result.articles[2];
    CHECK(open_night.id == "https://notes.example.net/2010/03/open-night");  // a link without rel
    CHECK(open_night.body.starts_with("Schools may book the telescope"));    // the summary, with no content
}

TEST_CASE("feed: malformed XML in one item is reported with its line; the others are read") {
    const ReadResult result = read(rss("<item><title>Good one</title><description>a</description></item>\n"
                                       "<item><title>Bad <b>one</title>\n<description>b</description></item>\n"
                                       "<item><title>Last</title></item>\n"));
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].headline == "Good one");
    CHECK(result.articles[1].headline == "Last");
    CHECK(result.articles[0].id == "feed.rss#1");  // no link, no guid
    CHECK(result.articles[1].id == "feed.rss#3");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 4);
    CHECK(result.problems[0].reason.find("item 2 skipped: malformed XML") != std::string::npos);
    CHECK(result.problems[0].severity == ReadProblem::Severity::ArticleSkipped);
}

TEST_CASE("feed: an unclosed item, an empty item and a bad date are reported") {
    const ReadResult result = read(rss("<item><title>Dated</title><pubDate>yesterday-ish</pubDate></item>\n"
                                       "<item></item>\n"
                                       "<item><title>Never closed</title>\n"
                                       "<item><title>After</title></item>\n"));
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].headline == "Dated");
    CHECK_FALSE(result.articles[0].date.has_value());
    CHECK(result.articles[1].headline == "After");
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].severity == ReadProblem::Severity::Repaired);
    CHECK(result.problems[0].reason.find("yesterday-ish") != std::string::npos);
    CHECK(result.problems[1].reason == "item 2 skipped: it has no title and no text");
    CHECK(result.problems[2].line == 5);
    CHECK(result.problems[2].reason.find("has no end tag") != std::string::npos);
}

TEST_CASE("feed: markup quoted in comments and CDATA is not an item; a file without items is refused") {
    const ReadResult quoted = read(rss("<!-- <item><title>commented</title></item> -->\n"
                                       "<item><title>Real</title><description><![CDATA[<item>not one</item>]]></description></item>\n"));
    REQUIRE(quoted.articles.size() == 1);
    CHECK(quoted.articles[0].body == "not one");
    const ReadResult none = read("<rss><channel><title>x</title></channel></rss>");
    CHECK(none.articles.empty());
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].severity == ReadProblem::Severity::FileSkipped);
}

}  // namespace morgue::readers
