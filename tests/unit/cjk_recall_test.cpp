// Recall of CJK words against substring counts on corpora/cjk: a word must be found in every
// article holding it as a substring (北京 in 北京市), and in no other.
#include "temp_database.hpp"

#include <morgue/index_run.hpp>
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace morgue {
namespace {

const std::filesystem::path kSamples = std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "cjk";

struct Sample {
    std::string id, headline, body;
};

std::vector<Sample> read_samples() {
    std::vector<Sample> samples;
    for (const char* name : {"chinese.jsonl", "japanese.jsonl"}) {
        std::ifstream file(kSamples / name);
        for (std::string line; std::getline(file, line);) {
            const auto json = nlohmann::json::parse(line);
            samples.push_back({json["id"].get<std::string>(), json["headline"].get<std::string>(), json["body"].get<std::string>()});
        }
    }
    return samples;
}

// Dictionary words as ICU segments them: what morgue indexed before CJK pairs.
std::vector<std::string> icu_words(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    breaker->setText(utext, status);
    std::vector<std::string> words;
    for (int32_t begin = breaker->first(), end = breaker->next(); end != icu::BreakIterator::DONE; begin = end, end = breaker->next())
        if (breaker->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            words.push_back(text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)));
    utext_close(utext);
    return words;
}

// The phrase of the query's dictionary words among the field's dictionary words.
bool found_by_words(const std::string& field, const std::string& query) {
    const auto words = icu_words(field), wanted = icu_words(query);
    return std::search(words.begin(), words.end(), wanted.begin(), wanted.end()) != words.end();
}

// 2-4 characters, most of them also inside longer words of the samples; two single characters.
const std::vector<std::string> kQueries = {
    "北京", "学生", "上海", "经济", "银行", "市场", "政府", "中国", "发展", "国际", "投资", "企业",
    "科技", "电动汽车", "人工智能", "新能源", "大学", "教育", "医院", "环境", "天气", "铁路", "高速", "足球",
    "气候", "农民", "出口", "留学生", "高校", "東京", "大阪", "経済", "地震", "新幹線", "首相", "会社",
    "学校", "鉄道", "台風", "株価", "選手", "人工知能", "自動車", "研究", "港", "雪"};

}  // namespace

TEST_CASE("cjk recall: every word is found wherever it is a substring, and nowhere else") {
    const std::vector<Sample> samples = read_samples();
    REQUIRE(samples.size() == 60);
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path()});
        const IndexSummary summary = index_inputs(indexer, {kSamples});
        REQUIRE(summary.added == 60);
        CHECK(summary.languages == std::map<std::string, std::uint64_t>{{"chinese", 40}, {"japanese", 20}});
    }
    Searcher searcher(db.path());
    std::printf("\n| query | substring | before (dictionary words) | morgue | recall | false matches |\n|---|---:|---:|---:|---:|---:|\n");
    std::size_t total_substring = 0, total_before = 0, total_found = 0;
    for (const std::string& query : kQueries) {
        std::set<std::string> expected, before;
        for (const Sample& s : samples) {
            if (s.headline.find(query) != std::string::npos || s.body.find(query) != std::string::npos) expected.insert(s.id);
            if (found_by_words(s.headline, query) || found_by_words(s.body, query)) before.insert(s.id);
        }
        std::set<std::string> found;
        for (const Hit& hit : searcher.search({.query = query, .limit = 100, .snippets = false}).hits) found.insert(hit.article.id);
        std::size_t right = 0;
        for (const auto& id : found) right += expected.count(id);
        const double recall = expected.empty() ? 1.0 : static_cast<double>(right) / static_cast<double>(expected.size());
        std::printf("| %s | %zu | %zu | %zu | %.2f | %zu |\n", query.c_str(), expected.size(), before.size(), found.size(),
                    recall, found.size() - right);
        total_substring += expected.size();
        total_before += before.size();
        total_found += right;
        CAPTURE(query);
        CHECK(!expected.empty());
        CHECK(found == expected);
    }
    std::printf("| all %zu words | %zu | %zu (recall %.2f) | %zu (recall %.2f) | | |\n", kQueries.size(), total_substring,
                total_before, static_cast<double>(total_before) / static_cast<double>(total_substring), total_found,
                static_cast<double>(total_found) / static_cast<double>(total_substring));
}

TEST_CASE("cjk recall: a phrase of CJK words and a field query go through the same pairs") {
    testing::TempDatabase db;
    {
        Indexer indexer({.database = db.path()});
        index_inputs(indexer, {kSamples});
    }
    Searcher searcher(db.path());
    auto ids = [&](const std::string& query) {
        std::set<std::string> out;
        for (const Hit& hit : searcher.search({.query = query, .limit = 100}).hits) out.insert(hit.article.id);
        return out;
    };
    CHECK(ids("headline:北京市") == std::set<std::string>{"cjk-zh-01"});
    CHECK(ids("\"北京 大学\"") == std::set<std::string>{"cjk-zh-07"});  // a space typed between words is no gap
    CHECK(ids("北京大学") == std::set<std::string>{"cjk-zh-07"});
    CHECK(ids("北京大学 OR 東京大学") == std::set<std::string>{"cjk-zh-07", "cjk-ja-12"});
    CHECK(ids("lang:ja 大学") == std::set<std::string>{"cjk-ja-12", "cjk-ja-20"});
    // The snippet marks the characters of the word, inside the longer one.
    const auto hits = searcher.search({.query = "学生", .limit = 100}).hits;
    bool marked = false;
    for (const Hit& hit : hits)
        if (hit.article.id == "cjk-zh-02") marked = hit.snippet.find("大<em>学生</em>人数") != std::string::npos;
    CHECK(marked);
}

}  // namespace morgue
