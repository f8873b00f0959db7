// Field accuracy of the HTML reader over the project's own pages (corpora/html), against their truth
// (corpora/html/truth.jsonl). Prints a table; fails when a field falls under what the reader achieved
// when the thresholds were set, so a change that loses accuracy is seen.
#include "readers/html_reader.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

namespace morgue::readers {
namespace {

std::filesystem::path html_samples() {
    return std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "html";
}

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Score {
    int correct = 0;
    int total = 0;
    double share() const { return total == 0 ? 1.0 : static_cast<double>(correct) / total; }
};

class Scores {
public:
    void add(const std::string& field, bool correct, const std::string& file, const std::string& detail) {
        Score& score = scores_[field];
        ++score.total;
        if (correct)
            ++score.correct;
        else
            misses_.push_back(file + ": " + field + ": " + detail);
        if (std::find(order_.begin(), order_.end(), field) == order_.end()) order_.push_back(field);
    }
    const Score& operator[](const std::string& field) { return scores_[field]; }

    void print() const {
        std::cout << "\nHTML field accuracy over corpora/html\n| field | correct / total |\n|---|---|\n";
        for (const std::string& field : order_) {
            const Score& score = scores_.at(field);
            std::cout << "| " << field << " | " << score.correct << " / " << score.total << " |\n";
        }
        for (const std::string& miss : misses_) std::cout << "  miss: " << miss << "\n";
    }

private:
    std::map<std::string, Score> scores_;
    std::vector<std::string> order_;
    std::vector<std::string> misses_;
};

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : "; ") + name;
    return out;
}

void score_page(const nlohmann::json& truth, Scores& scores) {
    const std::string file = truth.at("file");
    const auto result = read_with(read_html, SourceText{file, file_text(html_samples() / file)});
    if (truth.value("skipped", false)) {
        const bool reported = result.articles.empty() && result.problems.size() == 1 &&
                              result.problems[0].reason.starts_with("no article text found");
        scores.add("page without text reported", reported, file, "articles: " + std::to_string(result.articles.size()));
        return;
    }
    scores.add("article read", result.articles.size() == 1, file, std::to_string(result.problems.size()) + " problems");
    if (result.articles.size() != 1) return;
    const Article& article = result.articles.front();
    const auto same = [&](const char* field, const std::string& got) {
        const std::string want = truth.at(field);
        scores.add(field, got == want, file, "got \"" + got + "\", want \"" + want + "\"");
    };
    same("headline", article.headline);
    same("date", article.date ? article.date->to_iso() : "");
    const std::vector<std::string> byline = truth.at("byline");
    scores.add("byline", article.byline == byline, file,
               "got \"" + joined(article.byline) + "\", want \"" + joined(byline) + "\"");
    same("source", article.source);
    same("section", article.section);
    same("dateline", article.dateline);
    std::string missing;
    for (const std::string sentence : truth.at("body_has"))
        if (article.body.find(sentence) == std::string::npos) missing += " [" + sentence + "]";
    scores.add("body has its sentences", missing.empty(), file, "missing" + missing);
    std::string found;
    for (const std::string boilerplate : truth.at("body_not"))
        if (article.body.find(boilerplate) != std::string::npos) found += " [" + boilerplate + "]";
    scores.add("body without boilerplate", found.empty(), file, "kept" + found);
}

}  // namespace

TEST_CASE("html field accuracy: every sample page against its truth") {
    std::ifstream truth_file(html_samples() / "truth.jsonl");
    REQUIRE(truth_file);
    Scores scores;
    int pages = 0;
    for (std::string line; std::getline(truth_file, line);) {
        if (line.empty()) continue;
        score_page(nlohmann::json::parse(line), scores);
        ++pages;
    }
    scores.print();
    CHECK(pages >= 19);
    // Thresholds just under what the reader achieved when they were set (18 pages: every field 18/18
    // but dateline 17/18, "LYON, 3 mars" as sgml::dateline_place knows no French months).
    const std::map<std::string, double> thresholds{
        {"article read", 1.0},
        {"headline", 0.94},
        {"date", 0.94},
        {"byline", 0.94},
        {"source", 0.94},
        {"section", 0.94},
        {"dateline", 0.9},
        {"body has its sentences", 0.94},
        {"body without boilerplate", 0.94},
        {"page without text reported", 1.0},
    };
    for (const auto& [field, minimum] : thresholds) {
        INFO(field);
        CHECK(scores[field].share() >= minimum);
    }
}

}  // namespace morgue::readers
