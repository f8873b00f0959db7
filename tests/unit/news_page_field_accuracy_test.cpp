// Field accuracy of the news page reader over every sample page with a known truth:
// corpora/news-pages/truth.jsonl (the project's own pages and plain-text exports) and the saved page
// in ../shared/corpora/web-scrape. Prints field -> correct / total and fails when a field drops below
// the accuracy the reader reached when the threshold was set.
#include "readers/news_page_reader.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace morgue::readers {
namespace {

struct PageTruth {
    std::string file;  // relative to the truth's folder root
    std::string headline;
    std::string date;  // ISO 8601 as DateTime::to_iso() writes it; empty when the page has none
    std::vector<std::string> byline;
    std::string source;
    std::string dateline;
    std::vector<std::string> body;         // sentences that must be in the body
    std::vector<std::string> boilerplate;  // page furniture that must not be
};

enum Field : std::size_t { Headline, Date, Byline, Source, DatelineField, BodyKept, BoilerplateDropped, FieldCount };
constexpr std::array<const char*, FieldCount> kFieldNames = {"headline", "date",     "byline",           "source",
                                                             "dateline", "body kept", "boilerplate dropped"};

struct Score {
    std::array<std::size_t, FieldCount> correct{};
    std::array<std::size_t, FieldCount> total{};

    void count(Field field, bool ok) {
        ++total[field];
        if (ok) ++correct[field];
    }
    double share(Field field) const { return total[field] == 0 ? 1.0 : double(correct[field]) / double(total[field]); }
};

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<PageTruth> truth_file(const std::filesystem::path& path) {
    std::vector<PageTruth> pages;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        const nlohmann::json record = nlohmann::json::parse(line);
        pages.push_back(PageTruth{record.at("file"), record.at("headline"),
                                  record.at("date").is_null() ? "" : record.at("date").get<std::string>(),
                                  record.at("byline"), record.at("source"), record.at("dateline"), record.at("body"),
                                  record.at("boilerplate")});
    }
    return pages;
}

// Scores one page; every wrong field is shown with the page, so a drop can be traced to its cause.
void score_page(const std::filesystem::path& path, const PageTruth& truth, Score& score) {
    const ReadResult result = read_with(read_news_page, SourceText{path.string(), file_text(path)});
    const Article article = result.articles.empty() ? Article{} : result.articles.front();
    const auto check = [&](Field field, bool ok, const std::string& got) {
        score.count(field, ok);
        if (!ok) MESSAGE(truth.file << ": " << std::string(kFieldNames[field]) << " wrong: got '" << got << "'");
    };
    check(Headline, article.headline == truth.headline, article.headline);
    check(Date, (article.date ? article.date->to_iso() : "") == truth.date, article.date ? article.date->to_iso() : "");
    std::string names;
    for (const std::string& name : article.byline) names += name + ";";
    check(Byline, article.byline == truth.byline, names);
    check(Source, article.source == truth.source, article.source);
    check(DatelineField, article.dateline == truth.dateline, article.dateline);
    for (const std::string& sentence : truth.body)
        check(BodyKept, article.body.find(sentence) != std::string::npos, "no '" + sentence + "'");
    for (const std::string& furniture : truth.boilerplate)
        check(BoilerplateDropped, article.body.find(furniture) == std::string::npos, "'" + furniture + "' in the body");
}

void print_table(const char* title, const Score& score) {
    std::printf("\n%s\n%-20s %9s\n", title, "field", "correct");
    for (std::size_t f = 0; f < FieldCount; ++f)
        std::printf("%-20s %4zu / %zu\n", kFieldNames[f], score.correct[f], score.total[f]);
}

}  // namespace

TEST_CASE("news_page field accuracy: the project's sample pages and plain-text exports") {
    const std::filesystem::path corpora = std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora";
    const std::vector<PageTruth> truth = truth_file(corpora / "news-pages" / "truth.jsonl");
    REQUIRE(truth.size() >= 31);
    Score score;
    for (const PageTruth& page : truth) {
        REQUIRE(std::filesystem::exists(corpora / page.file));
        score_page(corpora / page.file, page, score);
    }
    print_table("news_page field accuracy on corpora/ (truth.jsonl)", score);
    // Just below what the reader reached when these were set: a drop is a regression to look at.
    constexpr std::array<double, FieldCount> kThresholds = {0.95, 0.95, 0.95, 0.95, 0.95, 0.97, 0.95};
    for (std::size_t f = 0; f < FieldCount; ++f) {
        const std::string field = kFieldNames[f];
        CAPTURE(field);
        CHECK(score.share(static_cast<Field>(f)) >= kThresholds[f]);
    }
}

TEST_CASE("news_page field accuracy: the shared saved page") {
    const std::filesystem::path path =
        std::filesystem::path(MORGUE_SHARED_CORPORA) / "web-scrape" / "000_90694cc2083bf9fd.txt";
    if (!std::filesystem::exists(path)) {
        MESSAGE("SKIPPED: " << path.string() << " is absent");
        return;
    }
    const PageTruth truth{"web-scrape/000_90694cc2083bf9fd.txt",
                          "Beijing, Moscow vow to safeguard common interests",
                          "2010-03-26T07:43:00Z",
                          {"Cai Xiao", "Hu Haiyan"},
                          "China Daily",
                          "BEIJING",
                          {"China and Russia on Wednesday vowed to strengthen cooperation",
                           "The two powers were at a historical turning point in their relationship, Xi said.",
                           "Belarus is dedicated to strengthening ties with China, he added."},
                          {"Large Medium Small", "Related readings", "[Agencies]", "Barvikha", "BEIJING -"}};
    Score score;
    score_page(path, truth, score);
    print_table("news_page field accuracy on ../shared/corpora/web-scrape", score);
    for (std::size_t f = 0; f < FieldCount; ++f) {
        const std::string field = kFieldNames[f];
        CAPTURE(field);
        CHECK(score.share(static_cast<Field>(f)) == 1.0);
    }
}

}  // namespace morgue::readers
