#include "temp_database.hpp"
#include "temp_dir.hpp"

#include <morgue/index_run.hpp>
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace morgue {
namespace {

Article article(std::string id, std::string headline, std::string body, std::string language = "") {
    Article a;
    a.id = std::move(id);
    a.headline = std::move(headline);
    a.body = std::move(body);
    a.language = std::move(language);
    return a;
}

const char* const kGerman =
    "Die Regierung in Wien hat am Mittwoch beschlossen, die Steuern für Familien mit Kindern in Österreich im "
    "kommenden Jahr deutlich zu senken, wie der Finanzminister mitteilte.";
const char* const kFrench =
    "Le gouvernement a présenté mercredi un projet de budget qui prévoit une baisse des dépenses publiques et une "
    "hausse des investissements dans les écoles.";
const char* const kChinese = "第二十届北京国际科技展览会今天开幕，来自四十多个国家和地区的一千多家企业参展，展出了人工智能和新能源等领域的最新成果。";

std::set<std::string> ids(const std::string& db, const std::string& query) {
    std::set<std::string> out;
    for (const Hit& hit : Searcher(db).search({.query = query, .limit = 100}).hits) out.insert(hit.article.id);
    return out;
}

std::string stored_language(const std::string& db, const std::string& id) {
    const auto hits = Searcher(db).search({.query = "id:" + id}).hits;
    return hits.empty() ? "(missing)" : hits.front().article.language;
}

using Ids = std::set<std::string>;

}  // namespace

TEST_CASE("indexer: without a lang each article's language is detected, else the default") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path()});
        CHECK(indexer.add(article("de", "Steuern sinken", kGerman)) == "german");
        CHECK(indexer.add(article("fr", "Budget", kFrench)) == "french");
        CHECK(indexer.add(article("zh", "展览会", kChinese)) == "chinese");
        CHECK(indexer.add(article("short", "Oil", "")) == "english");  // too short to tell
        CHECK(indexer.add(article("named", "Steuern", kGerman, "fre")) == "french");  // a lang is taken as given
        indexer.commit();
    }
    CHECK(stored_language(db.path(), "de") == "german");
    CHECK(stored_language(db.path(), "zh") == "chinese");
    CHECK(stored_language(db.path(), "short") == "english");
    // Codes and names of a language find the same articles: the stored form is the canonical name.
    for (const char* query : {"lang:de", "lang:deu", "lang:ger", "lang:german", "lang:German"}) {
        CAPTURE(query);
        CHECK(ids(db.path(), query) == Ids{"de"});
    }
    CHECK(ids(db.path(), "lang:zh") == Ids{"zh"});
    CHECK(ids(db.path(), "lang:chi") == Ids{"zh"});
    CHECK(ids(db.path(), "lang:fr") == Ids{"fr", "named"});
    CHECK(ids(db.path(), "lang:klingon").empty());
}

TEST_CASE("indexer: a default language given with detection off applies to every article without a lang") {
    testing::TempDatabase db;
    Indexer indexer({.database = db.path(), .language = "deu", .detect_language = false});
    CHECK(indexer.add(article("fr", "Budget", kFrench)) == "german");
    CHECK(indexer.add(article("zh", "展览会", kChinese)) == "german");
    CHECK(indexer.add(article("en", "Budget", kFrench, "en")) == "english");
}

TEST_CASE("indexer: German umlauts and their ae/oe/ue spellings find each other") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path()});
        indexer.add(article("umlaut", "Steuern sinken in Österreich", kGerman, "de"));
        indexer.add(article("spelled", "Neue Regeln fuer Oesterreichs Schueler", "Ab Herbst gelten neue Regeln fuer die Schulen.", "de"));
        indexer.commit();
    }
    CHECK(ids(db.path(), "Oesterreich") == Ids{"umlaut", "spelled"});
    CHECK(ids(db.path(), "Österreich") == Ids{"umlaut", "spelled"});
    CHECK(ids(db.path(), "für") == Ids{"umlaut", "spelled"});
    CHECK(ids(db.path(), "fuer") == Ids{"umlaut", "spelled"});
    CHECK(ids(db.path(), "Schüler") == Ids{"spelled"});
}

TEST_CASE("index_inputs: languages are counted, and an unknown one is repaired by detection, not skipped") {
    testing::TempDir dir;
    {
        std::ofstream out(dir / "mixed.jsonl");
        out << R"({"id": "a", "headline": "Steuern", "body": ")" << kGerman << R"(", "lang": "klingon"})" << '\n'
            << R"({"id": "b", "headline": "Budget", "body": ")" << kFrench << R"("})" << '\n'
            << R"({"id": "c", "headline": "展览会", "body": ")" << kChinese << R"(", "lang": "zh"})" << '\n'
            << R"({"id": "d", "headline": "Oil", "body": "Up."})" << '\n';
    }
    testing::TempDatabase db;
    Indexer indexer({.database = db.path()});
    std::vector<ReadProblem> problems;
    IndexRunOptions options;
    options.on_problem = [&](const ReadProblem& p) { problems.push_back(p); };
    const IndexSummary summary = index_inputs(indexer, {dir.path() / "mixed.jsonl"}, options);
    CHECK(summary.added == 4);
    CHECK(summary.all_indexed());
    CHECK(summary.languages == std::map<std::string, std::uint64_t>{{"chinese", 1}, {"english", 1}, {"french", 1}, {"german", 1}});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == ReadProblem::Severity::Repaired);
    CHECK(problems[0].line == 1);
    CHECK(problems[0].reason == "article a: unknown language 'klingon' (not an ISO 639 code or language name): indexed as german");
}

}  // namespace morgue
