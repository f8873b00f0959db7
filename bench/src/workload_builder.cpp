#include "workload_builder.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <set>

namespace morgue::bench {
namespace {

// The most frequent words act as stop words (few users search "the"): terms start below them.
constexpr std::size_t kStopRanks = 20;
constexpr std::size_t kFrequentEnd = 520;

using Random = std::mt19937_64;
using Maker = std::function<std::optional<BenchQuery>(Random&)>;

template <typename T>
const T& pick(Random& random, const std::vector<T>& items) { return items[random() % items.size()]; }

bool usable(const std::string& word) {
    return word.size() >= 3 && word != "and" && word != "not" && word != "near";
}

class Builder {
public:
    Builder(const CorpusSample& sample) : sample_(sample) {
        const auto& words = sample.words_by_frequency();
        for (std::size_t r = kStopRanks; r < words.size(); ++r) {
            if (!usable(words[r])) continue;
            if (r < kFrequentEnd) frequent_.push_back(words[r]);
            else if (sample.document_frequency(words[r]) >= 3) middle_.push_back(words[r]);
            else if (sample.document_frequency(words[r]) == 1 && words[r].size() >= 4) rare_.push_back(words[r]);
        }
        if (middle_.empty()) middle_ = frequent_;
        if (rare_.empty()) rare_ = middle_;
    }

    std::vector<std::pair<std::string, Maker>> makers() const;

private:
    std::optional<std::string> body_word(Random& random, const SampledArticle& article) const {
        for (int attempt = 0; attempt < 20 && !article.body.empty(); ++attempt) {
            const auto& word = pick(random, article.body).text;
            if (usable(word) && sample_.rank(word) >= kStopRanks) return word;
        }
        return std::nullopt;
    }
    std::optional<std::string> phrase(Random& random, const SampledArticle& article, std::size_t length) const;
    const SampledArticle& article(Random& random) const { return pick(random, sample_.articles()); }

    const CorpusSample& sample_;
    std::vector<std::string> frequent_, middle_, rare_;
};

std::optional<std::string> Builder::phrase(Random& random, const SampledArticle& a, std::size_t length) const {
    for (int attempt = 0; attempt < 20 && a.body.size() > length; ++attempt) {
        const std::size_t start = random() % (a.body.size() - length);
        bool ok = !a.body[start].text.empty(), content = false;
        for (std::size_t i = start + 1; ok && i < start + length; ++i) ok = a.body[i].follows && !a.body[i].text.empty();
        if (!ok) continue;
        std::string text;
        for (std::size_t i = start; i < start + length; ++i) {
            content = content || sample_.rank(a.body[i].text) >= kStopRanks;
            text += (text.empty() ? "" : " ") + a.body[i].text;
        }
        if (content) return "\"" + text + "\"";
    }
    return std::nullopt;
}

BenchQuery query(std::string text, std::string sort = "relevance", std::vector<std::string> facets = {},
                 bool snippets = false) {
    return {"", std::move(text), std::move(sort), std::move(facets), snippets};
}

std::string month_of(const DateTime& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", date.year, date.month);
    return text;
}

std::vector<std::pair<std::string, Maker>> Builder::makers() const {
    auto word_query = [this](const std::vector<std::string>& pool, std::string sort = "relevance",
                             std::vector<std::string> facets = {}, bool snippets = false) -> Maker {
        return [=, &pool](Random& r) { return query(pick(r, pool), sort, facets, snippets); };
    };
    return {
        {"term_frequent", word_query(frequent_)},
        {"term_rare", word_query(rare_)},
        {"and2", [this](Random& r) -> std::optional<BenchQuery> {
             const auto& a = article(r);
             auto first = body_word(r, a), second = body_word(r, a);
             if (!first || !second || *first == *second) return std::nullopt;
             return query(*first + " AND " + *second);
         }},
        {"or3", [this](Random& r) -> std::optional<BenchQuery> {
             return query(pick(r, middle_) + " OR " + pick(r, middle_) + " OR " + pick(r, frequent_));
         }},
        {"phrase2", [this](Random& r) -> std::optional<BenchQuery> {
             auto p = phrase(r, article(r), 2);
             return p ? std::optional(query(*p)) : std::nullopt;
         }},
        {"phrase3", [this](Random& r) -> std::optional<BenchQuery> {
             auto p = phrase(r, article(r), 3);
             return p ? std::optional(query(*p)) : std::nullopt;
         }},
        {"headline", [this](Random& r) -> std::optional<BenchQuery> {
             const auto& a = article(r);
             if (a.headline.empty()) return std::nullopt;
             const auto& word = pick(r, a.headline).text;
             if (!usable(word) || sample_.rank(word) < kStopRanks) return std::nullopt;
             return query("headline:" + word);
         }},
        {"byline", [this](Random& r) -> std::optional<BenchQuery> {
             const auto& a = article(r);
             if (a.byline.empty()) return std::nullopt;
             const auto& name = pick(r, a.byline);
             if (name.find('"') != std::string::npos) return std::nullopt;
             return query("byline:\"" + name + "\"");
         }},
        {"date_month", [this](Random& r) -> std::optional<BenchQuery> {
             const auto& a = article(r);
             auto word = body_word(r, a);
             if (!a.date || !word) return std::nullopt;
             return query(*word + " date:" + month_of(*a.date));
         }},
        {"sorted_newest", word_query(frequent_, "newest")},
        {"facet_year", word_query(frequent_, "relevance", {"year"})},
        {"snippets", word_query(middle_, "relevance", {}, true)},
    };
}

}  // namespace

std::vector<BenchQuery> build_workload(const CorpusSample& sample, std::size_t per_class, std::uint64_t seed) {
    std::vector<BenchQuery> workload;
    if (sample.articles().empty()) return workload;
    const Builder builder(sample);
    Random random(seed);
    for (const auto& [name, make] : builder.makers()) {
        std::set<std::string> seen;
        for (std::size_t attempts = 0; seen.size() < per_class && attempts < per_class * 50; ++attempts) {
            auto q = make(random);
            if (!q || !seen.insert(q->text).second) continue;
            q->query_class = name;
            workload.push_back(std::move(*q));
        }
    }
    return workload;
}

}  // namespace morgue::bench
