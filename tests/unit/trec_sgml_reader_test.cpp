#include "readers/trec_sgml_reader.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>

#include <zlib.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace morgue::readers {
namespace {

ReadResult read(const SourceText& source) { return read_with(read_trec_sgml, source); }

ReadResult read(std::string text) { return read(SourceText{"in.sgml", std::move(text)}); }

const std::filesystem::path kSamples = std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "trec";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string read_gzip_file(const std::filesystem::path& path) {
    const std::unique_ptr<gzFile_s, decltype(&gzclose)> in(gzopen(path.c_str(), "rb"), &gzclose);
    REQUIRE(in != nullptr);
    std::string text;
    std::array<char, 4096> buffer{};
    for (int n = 0; (n = gzread(in.get(), buffer.data(), buffer.size())) > 0;) text.append(buffer.data(), static_cast<std::size_t>(n));
    return text;
}

std::string date_of(std::string_view date_element) {
    const ReadResult result = read("<DOC><DOCNO>D-1</DOCNO>" + std::string(date_element) + "</DOC>");
    REQUIRE(result.articles.size() == 1);
    return result.articles[0].date ? result.articles[0].date->to_iso() : "none";
}

TEST_CASE("trec_sgml: date forms of the TREC collections") {
    CHECK(date_of("<DATE>880212</DATE>") == "1988-02-12");
    CHECK(date_of("<DD> 880212</DD>") == "1988-02-12");
    CHECK(date_of("<DATE>February 12, 1988</DATE>") == "1988-02-12");
    CHECK(date_of("<DATE>12 Feb 88</DATE>") == "1988-02-12");
    CHECK(date_of("<DATE>Feb 12, 88</DATE>") == "1988-02-12");
    CHECK(date_of("<DATE>1988-02-12</DATE>") == "1988-02-12");
    CHECK(date_of("<DD> 03/24/87</DD>") == "1987-03-24");
    CHECK(date_of("<DATE><P>January 1, 1989, Sunday, Home Edition </P></DATE>") == "1989-01-01");
    CHECK(date_of("<date>26-FEB-1987 15:01:01.79</date>") == "1987-02-26T15:01:01Z");
    CHECK(date_of("") == "none");
}

TEST_CASE("trec_sgml: AP and WSJ documents (HEAD, BYLINE pairs, HL, DD, SO, LP, DOCID)") {
    const ReadResult result = read(SourceText{"ap-wsj-sample.sgml", read_file(kSamples / "ap-wsj-sample.sgml")});
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 4);
    CHECK(result.lines == std::vector<std::size_t>{1, 21, 33, 53});

    const Article& ap = result.articles[0];
    CHECK(ap.id == "AP880212-0001");
    CHECK(ap.headline == "Ferry Runs Aground in Fog; No Injuries Reported");  // the first of two HEADs
    CHECK(ap.byline == std::vector<std::string>{"Margaret O'Neill"});
    CHECK(ap.source == "Associated Press");
    CHECK(ap.dateline == "PORTLAND, Maine");
    CHECK_FALSE(ap.date.has_value());
    CHECK(ap.body ==
          "A passenger ferry carrying 112 people ran aground in thick fog outside Portland harbor on Friday, "
          "but no one was hurt, the Coast Guard said.\n\n"
          "The Island Star, operated by Casco Bay Lines, struck a ledge near Cushing Island shortly after 7 a.m., "
          "officials said. Passengers were taken off by two smaller boats & a Coast Guard cutter.\n\n"
          "``We were lucky the water was calm,'' said Petty Officer Dan Reyes.");

    const Article& no_byline = result.articles[1];
    CHECK(no_byline.id == "AP880212-0002");
    CHECK(no_byline.byline.empty());
    CHECK(no_byline.source == "Associated Press");  // from the DOCNO prefix
    CHECK(no_byline.date == DateTime{1988, 2, 12, 0, 0, 0, false});
    CHECK(no_byline.dateline == "CHICAGO");

    const Article& wsj = result.articles[2];
    CHECK(wsj.id == "WSJ870324-0001");  // not the DOCID
    CHECK(wsj.headline == "Harbison Corp. Agrees to Sell Its Valve Unit for $140 Million");
    CHECK(wsj.source == "Wall Street Journal");
    CHECK(wsj.date == DateTime{1987, 3, 24, 0, 0, 0, false});
    CHECK(wsj.dateline == "PITTSBURGH");
    CHECK(wsj.body ==
          "Harbison Corp. said it agreed to sell its industrial valve unit to a group led by the unit's "
          "management for about $140 million.\n\n"
          "The company said the sale, expected to close in May, is part of a plan to concentrate on its "
          "building-products business.\n\n"
          "Harbison shares rose 75 cents to $31.25 in New York Stock Exchange composite trading.");

    const Article& whos_news = result.articles[3];
    CHECK(whos_news.id == "WSJ880212-0099");
    CHECK(whos_news.headline == "Who's News: Calloway & Reed Names President");
    CHECK(whos_news.date == DateTime{1988, 2, 12, 0, 0, 0, false});
    CHECK(whos_news.body.starts_with("CALLOWAY & REED Inc. (Boston) -- Laura M. Whitcombe, 46 years old, was"));
}

TEST_CASE("trec_sgml: LA Times, FT and short-tag documents (P tags, SECTION, BY, SE, DL, several TEXT)") {
    const ReadResult result =
        read(SourceText{"latimes-ft-sample.sgml", read_file(kSamples / "latimes-ft-sample.sgml")});
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 3);

    const Article& la = result.articles[0];
    CHECK(la.id == "LA010189-0042");
    CHECK(la.date == DateTime{1989, 1, 1, 0, 0, 0, false});
    CHECK(la.section == "Metro");
    CHECK(la.headline == "NEW YEAR BRINGS RECORD CROWD TO PASADENA PARADE ROUTE");
    CHECK(la.byline == std::vector<std::string>{"Elena M\u00fcller", "David Cho"});
    CHECK(la.source == "Los Angeles Times");
    CHECK(la.body ==
          "Spectators began staking out curbside spots along Colorado Boulevard before dawn on Saturday, and by "
          "noon police estimated the crowd at more than 60,000.\n\n"
          "\"It\u2019s a tradition,\" said one man from Glendale.");

    const Article& ft = result.articles[1];
    CHECK(ft.id == "FT911-3301");
    CHECK(ft.date == DateTime{1991, 5, 14, 0, 0, 0, false});
    CHECK(ft.byline == std::vector<std::string>{"Kenneth Gooding"});
    CHECK(ft.source == "Financial Times");
    CHECK(ft.body ==
          "Stocks of copper in London Metal Exchange warehouses fell by 4,250 tonnes last week to 312,100 tonnes, "
          "the third weekly fall in a row.\n\nTraders said demand from Far Eastern smelters had picked up.");

    const Article& short_tags = result.articles[2];
    CHECK(short_tags.id == "XX-0003");
    CHECK(short_tags.headline == "Dockers Vote to End Strike");
    CHECK(short_tags.byline == std::vector<std::string>{"Anna Lindqvist"});
    CHECK(short_tags.source == "Nordic News Service");
    CHECK(short_tags.section == "Business");
    CHECK(short_tags.dateline == "GOTHENBURG, Sweden");
    CHECK(short_tags.date == DateTime{1988, 2, 12, 0, 0, 0, false});
    CHECK(short_tags.body ==
          "Dockers at the port of Gothenburg voted on Friday to end a nine-day strike over shift rotas.\n\n"
          "Shipping lines said normal service would resume on Monday.");
}

TEST_CASE("trec_sgml: gzip sample with CRLF lines, an unreadable date is reported and the article kept") {
    const ReadResult result =
        read(SourceText{"ap-crlf-sample.sgml.gz", read_gzip_file(kSamples / "ap-crlf-sample.sgml.gz")});
    REQUIRE(result.articles.size() == 3);
    CHECK(result.lines == std::vector<std::size_t>{1, 13, 23});
    const Article& first = result.articles[0];
    CHECK(first.id == "AP900101-0007");
    CHECK(first.byline == std::vector<std::string>{"Peter Hale"});
    CHECK(first.source == "Associated Press");
    CHECK(first.date == DateTime{1990, 1, 1, 0, 0, 0, false});
    CHECK(first.dateline == "SYDNEY, Australia");
    CHECK(first.body ==
          "About a million people watched fireworks burst over Sydney Harbour at midnight to welcome 1990.\n\n"
          "Police reported 14 arrests.");
    CHECK(result.articles[1].date == DateTime{1990, 1, 1, 0, 0, 0, false});
    CHECK(result.articles[1].dateline == "TOKYO");
    CHECK(result.articles[2].id == "AP900101-0009");
    CHECK_FALSE(result.articles[2].date.has_value());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 23);
    CHECK(result.problems[0].reason == "DOCNO AP900101-0009: unreadable date \"not a date\": indexed without a date");
    CHECK(result.problems[0].severity == ReadProblem::Severity::Repaired);
}

TEST_CASE("trec_sgml: a DOC without DOCNO or without </DOC> is skipped, the others are read") {
    const std::string text =
        "<DOC>\n<DOCNO>A-1</DOCNO>\n<TEXT>one</TEXT>\n</DOC>\n"
        "<DOC>\n<DOCID>17</DOCID>\n<TEXT>no docno</TEXT>\n</DOC>\n"  // line 5
        "<DOC>\n<DOCNO>A-3</DOCNO>\n<TEXT>unterminated</TEXT>\n"      // line 9
        "<doc>\n<docno>A-4</docno>\n<text>four</text>\n</doc>\n"      // line 12
        "<DOC>\n<DOCNO>A-5</DOCNO>\n<TEXT>cut off";                   // line 16
    const ReadResult result = read(text);
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].id == "A-1");
    CHECK(result.articles[0].body == "one");
    CHECK(result.articles[1].id == "A-4");
    CHECK(result.articles[1].body == "four");
    CHECK(result.lines == std::vector<std::size_t>{1, 12});
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].to_string() ==
          "in.sgml:5 (byte " + std::to_string(text.find("<DOC>\n<DOCID>")) + "): <DOC> element has no DOCNO: skipped");
    CHECK(result.problems[1].line == 9);
    CHECK(result.problems[1].byte_offset == text.find("<DOC>\n<DOCNO>A-3"));
    CHECK(result.problems[1].reason == "<DOC> element has no </DOC> before the next <DOC>: skipped");
    CHECK(result.problems[2].line == 16);
    CHECK(result.problems[2].reason == "<DOC> element has no </DOC> before the end of the file: skipped");
    for (const ReadProblem& problem : result.problems) CHECK(problem.severity == ReadProblem::Severity::ArticleSkipped);
}

TEST_CASE("trec_sgml: source precedence and section parts") {
    const ReadResult result = read(
        "<DOC><DOCNO>LA0101-1</DOCNO><BYLINE>By Ann Lee, Reuters</BYLINE></DOC>"
        "<DOC><DOCNO>LA0101-2</DOCNO><SOURCE>The Daily Planet</SOURCE><BYLINE>By Ann Lee, Reuters</BYLINE></DOC>"
        "<DOC><DOCNO>QQ1</DOCNO><SECTION>Sports; Part C; Page 3</SECTION></DOC>");
    REQUIRE(result.articles.size() == 3);
    CHECK(result.articles[0].source == "Reuters");  // the byline's agency over the paper
    CHECK(result.articles[1].source == "The Daily Planet");
    CHECK(result.articles[2].source.empty());
    CHECK(result.articles[2].section == "Sports");
}

}  // namespace
}  // namespace morgue::readers
