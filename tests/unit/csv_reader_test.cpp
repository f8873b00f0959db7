#include "readers/csv/csv_reader.hpp"
#include "readers/csv/csv_rows.hpp"

#include "read_result.hpp"

#include <morgue/error.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace morgue::readers {
namespace {

ReadResult read(std::string text, const csv::FieldMap& field_map = {}, std::string path = "in.csv") {
    ReadResult result;
    const SourceText source{std::move(path), std::move(text)};
    read_csv(source,
             ReadCallbacks{[&](Article&& article, std::size_t line) {
                               result.articles.push_back(std::move(article));
                               result.lines.push_back(line);
                           },
                           [&](ReadProblem&& problem) { result.problems.push_back(std::move(problem)); }},
             field_map);
    return result;
}

std::string sample(const std::string& name) {
    std::ifstream in(std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "csv" / name, std::ios::binary);
    REQUIRE(in.good());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::vector<std::string>> rows_of(std::string_view text, char separator = ',') {
    std::vector<std::vector<std::string>> rows;
    csv::CsvRowReader reader(text, separator);
    while (auto row = reader.next()) rows.push_back(row->fields);
    return rows;
}

}  // namespace

TEST_CASE("csv: RFC 4180 rows: quoted separators, doubled quotes, line breaks in quotes, CRLF") {
    using Rows = std::vector<std::vector<std::string>>;
    CHECK(rows_of("a,b\r\n1,2\r\n") == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(rows_of("\"x, y\",\"say \"\"hi\"\"\"\n") == Rows{{"x, y", "say \"hi\""}});
    CHECK(rows_of("\"two\nlines\",z") == Rows{{"two\nlines", "z"}});
    CHECK(rows_of("a\t\"b\tc\"", '\t') == Rows{{"a", "b\tc"}});
    CHECK(rows_of("5\" pipe,x") == Rows{{"5\" pipe", "x"}});  // a quote inside an unquoted field is text
    csv::CsvRowReader lines("\"a\nb\"\nc\n", ',');
    CHECK(lines.next()->line == 1);
    CHECK(lines.next()->line == 3);
}

TEST_CASE("csv: the separator comes from the header line") {
    CHECK(csv::detect_separator("title,body,date") == ',');
    CHECK(csv::detect_separator("title\tbody\tdate") == '\t');
    CHECK(csv::detect_separator("title;body;\"a,b\"") == ';');
    CHECK(csv::detect_separator("title") == ',');
}

TEST_CASE("csv: columns map by name and synonym, case-insensitively, --field-map first") {
    const csv::ColumnMapping mapping = csv::map_columns({"Title", "Story", "Publish Date", "Writer", "Site", "extra", "headline"});
    CHECK(mapping.fields == std::vector<csv::CsvField>{csv::CsvField::Headline, csv::CsvField::Body, csv::CsvField::Date,
                                                       csv::CsvField::Byline, csv::CsvField::Source, csv::CsvField::Ignored,
                                                       csv::CsvField::Ignored});
    CHECK(mapping.unknown == std::vector<std::string>{"extra"});
    CHECK(mapping.duplicates == std::vector<std::string>{"headline"});
    const csv::FieldMap field_map = csv::parse_field_map({"kop=headline,verhaal=body", "title=ignore"});
    CHECK(field_map.size() == 3);
    CHECK(csv::map_columns({"KOP", "verhaal", "title"}, field_map).fields ==
          std::vector<csv::CsvField>{csv::CsvField::Headline, csv::CsvField::Body, csv::CsvField::Ignored});
    CHECK_THROWS_WITH_AS(csv::parse_field_map({"kop=heading,x"}), doctest::Contains("'x' is not COLUMN=FIELD"), Error);
    CHECK_THROWS_AS(csv::parse_field_map({"kop=colour"}), Error);
}

TEST_CASE("csv: content detection needs the extension and a header that maps") {
    CHECK(csv::looks_like_csv("a/news.csv", "id,title,text\n1,a,b\n"));
    CHECK(csv::looks_like_csv("news.TSV.gz", "Headline\tStory\n"));
    CHECK_FALSE(csv::looks_like_csv("news.txt", "id,title,text\n"));
    CHECK_FALSE(csv::looks_like_csv("sums.csv", "sha256,file\n"));
}

TEST_CASE("csv: a CSV of six articles, with quoted commas and a multi-line body") {
    const ReadResult result = read(sample("town-crier.csv"), {}, "town-crier.csv");
    REQUIRE(result.articles.size() == 6);
    CHECK(result.lines == std::vector<std::size_t>{2, 5, 6, 7, 8, 9});
    const Article& bakery = result.articles[0];
    CHECK(bakery.id == "csv-0001");
    CHECK(bakery.headline == "Bakery wins prize, again");
    CHECK(bakery.byline == std::vector<std::string>{"Nadia Petrova"});
    CHECK(bakery.date->to_iso() == "2011-05-02");
    CHECK(bakery.section == "Food");
    CHECK(bakery.source == "Town Crier");
    CHECK(bakery.body == "The corner bakery on Mill Street won the regional bread prize for the third year running.\n\n"
                         "\"It is the rye,\" said the owner.");
    CHECK(result.articles[1].byline == std::vector<std::string>{"Owen Hart", "Luc\u00eda G\u00f3mez"});
    CHECK(result.articles[2].date->to_iso() == "2011-05-04");
    CHECK(result.articles[3].date->to_iso() == "2011-05-05T18:30:00Z");
    CHECK(result.articles[5].byline == std::vector<std::string>{"Jon Eriksen"});
    for (const ReadProblem& problem : result.problems) CHECK(problem.severity == ReadProblem::Severity::Repaired);
}

TEST_CASE("csv: a TSV with other column names; rows without id get path#row") {
    const ReadResult result = read(sample("valley-wine.tsv"), {}, "valley-wine.tsv");
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 3);
    CHECK(result.articles[1].headline == "Nouvelle ligne de bus vers la gare");
    CHECK(result.articles[1].id == "https://wine.example.fr/bus-gare");
    CHECK(result.articles[1].language == "french");
    CHECK(result.articles[1].section == "Transports");
    CHECK(result.articles[2].body == "The cooperative spent 120,000 on a pneumatic press.");

    const ReadResult no_id = read("title,text\nOne,first\nTwo,second\n");
    REQUIRE(no_id.articles.size() == 2);
    CHECK(no_id.articles[1].id == "in.csv#2");
}

TEST_CASE("csv: column names that need --field-map are refused, naming the columns, and read with it") {
    const ReadResult refused = read(sample("polder-post.csv"), {}, "polder-post.csv");
    CHECK(refused.articles.empty());
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].severity == ReadProblem::Severity::FileSkipped);
    CHECK(refused.problems[0].reason.find("'kop', 'verhaal', 'schrijver', 'datum', 'rubriek'") != std::string::npos);
    CHECK(refused.problems[0].reason.find("--field-map") != std::string::npos);

    const ReadResult mapped = read(sample("polder-post.csv"),
                                   csv::parse_field_map({"kop=headline,verhaal=body,schrijver=byline,datum=date,rubriek=section"}));
    CHECK(mapped.problems.empty());
    REQUIRE(mapped.articles.size() == 2);
    CHECK(mapped.articles[0].headline == "Dijk wordt een meter verhoogd");
    CHECK(mapped.articles[0].body == "De dijk langs de rivier wordt over vier kilometer een meter hoger; het werk duurt twee jaar.");
    CHECK(mapped.articles[0].byline == std::vector<std::string>{"Anke de Vries"});
    CHECK(mapped.articles[1].date->to_iso() == "2013-02-12");
}

TEST_CASE("csv: bad rows are reported with their line and skipped; the others are read") {
    const ReadResult result = read("title,body,extra\n"
                                   "Good,text one,x\n"
                                   "Short,only two\n"
                                   "\n"
                                   ",,\n"
                                   "\"Stray\"quote,text,x\n"
                                   "Also good,text two,y\n"
                                   "\"never closed,text\nmore\n");
    REQUIRE(result.articles.size() == 3);
    CHECK(result.articles[1].headline == "Strayquote");
    CHECK(result.articles[2].headline == "Also good");
    REQUIRE(result.problems.size() == 5);
    CHECK(result.problems[0].reason.find("columns not read: 'extra'") != std::string::npos);
    CHECK(result.problems[1].line == 3);
    CHECK(result.problems[1].reason == "row 2 skipped: it has 2 fields, the header 3");
    CHECK(result.problems[2].line == 5);
    CHECK(result.problems[2].reason == "row 3 skipped: it has no headline and no text");
    CHECK(result.problems[3].severity == ReadProblem::Severity::Repaired);
    CHECK(result.problems[4].line == 8);
    CHECK(result.problems[4].reason.find("not closed before the end of the file") != std::string::npos);
}

TEST_CASE("csv: an empty file or a header alone gives no article and no crash") {
    CHECK(read("").problems.size() == 1);
    const ReadResult header_only = read("title,body\n");
    CHECK(header_only.articles.empty());
    CHECK(header_only.problems.empty());
}

}  // namespace morgue::readers
