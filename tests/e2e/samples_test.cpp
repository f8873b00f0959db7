// The programs on the project's own samples (corpora/) and the saved news page in ../shared.
#include "programs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace morgue::e2e {
namespace {

// The samples as quickstart.sh indexes them (corpora/ also holds the benchmark generator): the
// folders of JSON Lines and TREC files, and the news pages without their truth file (truth.jsonl,
// which news_page_field_accuracy_test reads, is not an archive).
std::vector<std::string> sample_folders() {
    std::vector<std::string> folders;
    for (const char* name : {"jsonl", "trec"}) folders.push_back((source_dir() / "corpora" / name).string());
    std::vector<std::string> pages;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpora" / "news-pages")) {
        if (entry.path().extension() == ".txt") pages.push_back(entry.path().string());
    }
    std::sort(pages.begin(), pages.end());
    folders.insert(folders.end(), pages.begin(), pages.end());
    return folders;
}

struct SampleDb {
    TempDir dir;
    std::string db = dir / "samples";
    ProgramResult indexing = morgue_index(db, sample_folders());
};

const SampleDb& samples() {
    static const SampleDb db;
    return db;
}

std::set<std::string> ids_of(const nlohmann::json& response) {
    std::set<std::string> ids;
    for (const auto& hit : response["hits"]) ids.insert(hit["id"].get<std::string>());
    return ids;
}

std::set<std::string> search_ids(const std::string& query) {
    return ids_of(search_json(samples().db, {"--limit", "100", query}));
}

}  // namespace

TEST_CASE("samples: every sample article of every format is indexed") {
    INFO(samples().indexing.err);
    CHECK(samples().indexing.exit_code == 0);
    // 27 news pages, 10 TREC documents in 3 files, 10 JSON Lines articles; the READMEs are not articles.
    CHECK(samples().indexing.err.find("indexed 47 articles (47 new, 0 replaced) from 31 files") != std::string::npos);
    // The gzip TREC sample's bad date is reported with file and line, and its article kept.
    CHECK(samples().indexing.err.find("ap-crlf-sample.sgml.gz:23") != std::string::npos);
}

TEST_CASE("samples: a query finds its text in every language and script") {
    CHECK(search_ids("café") == std::set<std::string>{"morgue-sample-0003"});
    CHECK(search_ids("CAFÉ grimpe") == std::set<std::string>{"morgue-sample-0003"});
    CHECK(search_ids("Straßenbahn") == std::set<std::string>{"morgue-sample-0004"});
    CHECK(search_ids("strassenbahn") == std::set<std::string>{"morgue-sample-0004"});  // ß case-folds to ss
    CHECK(search_ids("Волга") == std::set<std::string>{"morgue-sample-0005"});         // Russian stemming: Волге
    CHECK(search_ids("集装箱") == std::set<std::string>{"morgue-sample-0006"});         // no spaces in Chinese
    CHECK(search_ids("桜") == std::set<std::string>{"morgue-sample-0007"});
    CHECK(search_ids("byline:\"hu haiyan\"") == std::set<std::string>{"morgue-sample-0006"});
}

TEST_CASE("samples: field, phrase, date and boolean queries") {
    CHECK(search_ids("headline:cocoa") == std::set<std::string>{"morgue-sample-0001", "02_no_section_reuters_gmt.txt",
                                                                "11_byline_and_date_one_line_source.txt"});
    CHECK(search_ids("cocoa -headline:prices").count("02_no_section_reuters_gmt.txt") == 0);
    CHECK(search_ids("source:xinhua") ==
          std::set<std::string>{"09_xinhua_writers_photo.txt", "15_one_line_menu_footer_xinhua.txt"});
    CHECK(search_ids("date:1990-01-01") == std::set<std::string>{"AP900101-0007", "AP900101-0008"});
    CHECK(search_ids("harvest") == std::set<std::string>{"morgue-sample-0008",
                                                         "13_unicode_names_caps_place.txt",
                                                         "02_no_section_reuters_gmt.txt"});
    CHECK(search_ids("harvest date:2011..2013-12") == std::set<std::string>{"morgue-sample-0008"});
    CHECK(search_ids("harvest date:..2009") == std::set<std::string>{"13_unicode_names_caps_place.txt"});
    const auto newest = search_json(samples().db, {"--sort", "newest", "--limit", "100", "--from", "1000", "--no-snippets"});
    CHECK(newest["total"] == 41);
    for (std::size_t i = 1; i < newest["hits"].size(); ++i)
        CHECK(newest["hits"][i - 1]["date"].get<std::string>() >= newest["hits"][i]["date"].get<std::string>());
}

TEST_CASE("samples: a page saved on one line is read into its fields, and its furniture is not indexed") {
    const auto response = search_json(samples().db, {"id:15_one_line_menu_footer_xinhua.txt"});
    REQUIRE(response["total"] == 1);
    const auto& hit = response["hits"][0];
    CHECK(hit["headline"] == "Kerala opens first floating solar plant on backwaters");
    CHECK(hit["source"] == "Xinhua");
    CHECK(hit["dateline"] == "NEW DELHI");
    CHECK(hit["date"] == "2019-11-18T16:20:00Z");
    // Words only the menus, "Most read" lists and footers of the pages hold find nothing.
    CHECK(search_ids("monsoon").empty());
    CHECK(search_ids("\"all rights reserved\"").empty());
    CHECK(search_ids("cookies").empty());
    CHECK(search_ids("meistgelesen").empty());
    CHECK(search_ids("rotterdam") == std::set<std::string>{"16_one_line_reuters_cookie_comments.txt"});
}

TEST_CASE("samples: JSON output has the documented fields, facets and snippets") {
    const auto response = search_json(samples().db, {"--facet", "source", "--facet", "year", "cocoa"});
    CHECK(response["query"] == "cocoa");
    CHECK(response["total"] == 3);
    CHECK(response["total_exact"] == true);
    CHECK(response["elapsed_ms"].is_number());
    const auto& hit = response["hits"].at(0);
    for (const char* key : {"id", "rank", "score", "headline", "byline", "source", "date", "dateline", "section", "snippet", "body"})
        CHECK_MESSAGE(hit.contains(key), key);
    CHECK(hit["rank"] == 1);
    CHECK(hit["snippet"].get<std::string>().find("<em>") != std::string::npos);
    CHECK(response["facets"]["year"] == nlohmann::json::parse(R"([{"value":"2010","count":2},{"value":"2014","count":1}])"));
    CHECK(response["facets"]["source"].size() == 3);
}

TEST_CASE("samples: indexing again replaces, --delete removes, and search output indexes again") {
    TempDir dir;
    const std::string db = dir / "db";
    REQUIRE(morgue_index(db, sample_folders()).exit_code == 0);
    const ProgramResult again = morgue_index(db, sample_folders());
    CHECK(again.err.find("(0 new, 47 replaced)") != std::string::npos);
    CHECK(again.err.find("the database holds 47 articles") != std::string::npos);

    const ProgramResult deleted = morgue_index(db, {"--delete", "1002"});
    CHECK(deleted.exit_code == 0);
    CHECK(search_json(db, {"id:1002"})["total"] == 0);
    CHECK(morgue_index(db, {"--delete", "no-such-id"}).exit_code == 1);

    // morgue-search --json output is itself an input morgue-index reads.
    const ProgramResult all = morgue_search(db, {"--json", "--limit", "100", "--from", "1000"});
    const std::string saved = dir / "hits.json";
    std::ofstream(saved) << all.out;
    const std::string copy = dir / "copy";
    CHECK(morgue_index(copy, {saved}).exit_code == 0);
    const auto original = search_json(db, {"--limit", "100", "--from", "1000", "--no-snippets"});
    const auto copied = search_json(copy, {"--limit", "100", "--from", "1000", "--no-snippets"});
    CHECK(ids_of(copied) == ids_of(original));
    CHECK(copied["hits"] == original["hits"]);
}

TEST_CASE("samples: mistakes get one clear line and the documented exit code") {
    const auto& db = samples().db;
    auto quote = morgue_search(db, {"\"common interests"});
    CHECK(quote.exit_code == 2);
    CHECK(quote.err == "morgue-search: bad query: unterminated phrase: missing closing \" (at character 1)\n");
    auto field = morgue_search(db, {"writer:smith"});
    CHECK(field.exit_code == 2);
    CHECK(field.err.find("unknown field 'writer'") != std::string::npos);
    auto date = morgue_search(db, {"date:2010-13-45"});
    CHECK(date.exit_code == 2);
    CHECK(date.err.find("2010-13-45") != std::string::npos);
    CHECK(morgue_search(db, {"--sort", "sideways", "x"}).exit_code == 2);
    CHECK(morgue_search(db, {"--from", "yesterday", "x"}).exit_code == 2);
    CHECK(morgue_search(db, {"--facet", "colour", "x"}).exit_code == 2);

    TempDir dir;
    auto missing = morgue_search(dir / "nothing-here", {"x"});
    CHECK(missing.exit_code == 3);
    CHECK(missing.err.find("no morgue database at") != std::string::npos);
    CHECK(run_program(MORGUE_INDEX_BIN, {"corpora"}).exit_code == 2);  // no --db
    CHECK(run_program(MORGUE_SEARCH_BIN, {"--version"}).out.starts_with("morgue-search "));
}

TEST_CASE("web page: the saved China Daily page is read into its fields") {
    const auto corpus = shared_corpus("web-scrape");
    if (corpus.empty()) {
        MESSAGE("SKIPPED: ../shared/corpora/web-scrape is not here");
        return;
    }
    TempDir dir;
    const std::string db = dir / "web";
    REQUIRE(morgue_index(db, {corpus.string()}).exit_code == 0);
    const auto response = search_json(db, {"byline:\"Hu Haiyan\" belarus date:2010-03"});
    REQUIRE(response["total"] == 1);
    const auto& hit = response["hits"][0];
    CHECK(hit["headline"] == "Beijing, Moscow vow to safeguard common interests");
    CHECK(hit["byline"] == nlohmann::json::array({"Cai Xiao", "Hu Haiyan"}));
    CHECK(hit["source"] == "China Daily");
    CHECK(hit["date"] == "2010-03-26T07:43:00Z");
    CHECK(hit["dateline"] == "BEIJING");
    CHECK(hit["section"] == "Global General");
    const std::string body = hit["body"];
    CHECK(body.starts_with("China and Russia on Wednesday vowed"));
    CHECK(body.ends_with("ties with China, he added."));
    for (const char* furniture : {"Large Medium Small", "Related readings", "get better acquainted", "[Agencies]"})
        CHECK_MESSAGE(body.find(furniture) == std::string::npos, furniture);
    CHECK(search_json(db, {"headline:\"common interests\""})["total"] == 1);
    CHECK(search_json(db, {"headline:\"interests common\""})["total"] == 0);
}

}  // namespace morgue::e2e
