#include "readers/xml/nitf_reader.hpp"

#include "read_result.hpp"
#include "readers/xml/news_xml_article.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace morgue::readers {
namespace {

ReadResult read(std::string text, std::string path = "story.xml") {
    return read_with(read_nitf, SourceText{std::move(path), std::move(text)});
}

ReadResult read_sample(const std::string& name) {
    std::ifstream in(std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "nitf" / name, std::ios::binary);
    REQUIRE(in.good());
    return read({std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}, name);
}

}  // namespace

TEST_CASE("nitf: IPTC basic ISO dates become ones parse_date reads") {
    CHECK(xml::expand_basic_iso_date("20100326T074300Z") == "2010-03-26T07:43:00Z");
    CHECK(xml::expand_basic_iso_date("20100326T0743+0100") == "2010-03-26T07:43+0100");
    CHECK(xml::expand_basic_iso_date("20100326") == "2010-03-26");
    CHECK(xml::expand_basic_iso_date("2010-03-26T07:43:00Z") == "2010-03-26T07:43:00Z");
}

TEST_CASE("nitf: hedline, person byline, location dateline, date.issue, doc-id, keywords, body.content") {
    const ReadResult result = read_sample("tidal-barrage.nitf.xml");
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    const Article& a = result.articles[0];
    CHECK(a.id == "MRG-20100326-0042");
    CHECK(a.headline == "Tidal barrage approved after ten-year debate");
    CHECK(a.byline == std::vector<std::string>{"Ruth Okonkwo"});
    CHECK(a.dateline == "PORT ELLEN");
    CHECK(a.date->to_iso() == "2010-03-26T07:43:00Z");
    CHECK(a.source == "Estuary Wire");
    CHECK(a.section == "Environment");
    CHECK(a.topics == std::vector<std::string>{"tidal-power", "estuary", "energy"});
    CHECK(a.body ==
          "The estuary council on Friday approved a tidal barrage that is to power 30,000 homes, ending a debate that "
          "began in 2000.\n\nOpponents said the barrage would drown the mudflats where 20,000 wading birds spend the "
          "winter.\n\nThe estuary at low tide.\n\nConstruction is to start in the spring & last four years.");
}

TEST_CASE("nitf: head/title, a 'By' byline without person, a plain dateline, a day-only date, no doc-id") {
    const ReadResult result = read_sample("orchard-frost.nitf");
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    const Article& a = result.articles[0];
    CHECK(a.id == "orchard-frost.nitf#1");
    CHECK(a.headline == "Late frost spares most of the apple orchards");
    CHECK(a.byline == std::vector<std::string>{"Lena March", "Paul Odinga"});
    CHECK(a.dateline == "HOLLOWAY CREEK");
    CHECK(a.date->to_iso() == "2010-04-12");
    CHECK(a.source == "Valley Courier");
    CHECK(a.body ==
          "Growers feared the worst when the thermometer fell to minus four on Sunday night.\n\nBy Monday noon most "
          "blossoms had survived, the growers' cooperative said.\n\nSmudge pots back in use\n\nSeveral farms lit old "
          "smudge pots for the first time in twenty years.");
}

TEST_CASE("nitf: a NewsML-G2 newsItem with an XHTML inlineXML body") {
    const ReadResult result = read_sample("glacier-survey.newsml.xml");
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    const Article& a = result.articles[0];
    CHECK(a.id == "urn:newsml:wire.example.com:20100328:glacier-survey");
    CHECK(a.headline == "Glacier survey finds the ice front 80 metres back");
    CHECK(a.byline == std::vector<std::string>{"Sigrid Aune"});
    CHECK(a.dateline == "Troms\u00f8");
    CHECK(a.date->to_iso() == "2010-03-28T13:05:00Z");  // firstCreated, +01:00
    CHECK(a.source == "Northern Wire");
    CHECK(a.topics == std::vector<std::string>{"environment"});
    CHECK(a.body ==
          "Glacier survey finds the ice front 80 metres back\n\nSurveyors measured the ice front of the glacier 80 "
          "metres further up the fjord than a year ago.\n\nIt is the largest retreat recorded since the survey began in "
          "1962.");
}

TEST_CASE("nitf: malformed XML is reported with its line, and later documents still read") {
    const ReadResult result = read("<newsMessage>\n<itemSet>\n"
                                   "<newsItem guid=\"a\"><contentMeta><headline>One</headline></contentMeta></newsItem>\n"
                                   "<newsItem guid=\"b\"><contentMeta><headline>Two</headlin>\n</contentMeta></newsItem>\n"
                                   "<newsItem guid=\"c\"><contentMeta><headline>Three</headline></contentMeta>"
                                   "<itemMeta><firstCreated>someday</firstCreated></itemMeta></newsItem>\n"
                                   "</itemSet></newsMessage>\n");
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].id == "a");
    CHECK(result.articles[1].id == "c");
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].line == 4);
    CHECK(result.problems[0].reason.find("document 2 skipped: malformed XML") != std::string::npos);
    CHECK(result.problems[1].severity == ReadProblem::Severity::Repaired);
    CHECK(result.problems[1].reason.find("someday") != std::string::npos);
}

TEST_CASE("nitf: a truncated document and a file without any are reported") {
    const ReadResult truncated = read("<nitf><head><title>Cut</title></head><body><body.content><p>half");
    CHECK(truncated.articles.empty());
    REQUIRE(truncated.problems.size() == 1);
    CHECK(truncated.problems[0].reason.find("no end tag </nitf>") != std::string::npos);
    const ReadResult none = read("<packageItem guid=\"p\"/>");
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].severity == ReadProblem::Severity::FileSkipped);
}

}  // namespace morgue::readers
