// `morgue-bench export`: the articles morgue stored, as JSON Lines for the Lucene adapter (so that
// Lucene indexes exactly what morgue and FTS5 hold), and the corpus's statistics (body lengths,
// vocabulary growth, date order) for the report's check of the generator against Reuters.
#include "commands.hpp"

#include <morgue/stored_article.hpp>

#include <cxxopts.hpp>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <iostream>
#include <numeric>
#include <unordered_set>

namespace morgue::bench {
namespace {

// Article counts at which the vocabulary is measured (and at the end, whatever the size).
constexpr std::size_t kGrowthPoints[] = {1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000};

std::string joined_lines(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : "\n") + name;
    return out;
}

class TextStats {
public:
    void add(const Article& article) {
        std::size_t words = 0;
        std::string word;
        auto end_word = [&] {
            if (word.empty()) return;
            ++words;
            vocabulary_.insert(word);
            word.clear();
        };
        for (const char ch : article.body) {
            const auto c = static_cast<unsigned char>(ch);
            if (std::isalpha(c)) word += static_cast<char>(std::tolower(c));
            else end_word();
        }
        end_word();
        body_words_.push_back(static_cast<double>(words));
        ++articles_;
        if (article.date) {
            const auto seconds = article.date->epoch_seconds();
            if (dated_ > 0) {
                ++pairs_;
                if (seconds >= last_date_) ++pairs_in_order_;
            }
            last_date_ = seconds;
            first_ = dated_ == 0 ? seconds : std::min(first_, seconds);
            last_ = dated_ == 0 ? seconds : std::max(last_, seconds);
            ++dated_;
        }
        if (std::find(std::begin(kGrowthPoints), std::end(kGrowthPoints), articles_) != std::end(kGrowthPoints))
            growth_.push_back({{"articles", articles_}, {"distinct_words", vocabulary_.size()}});
    }

    void write_lengths(const std::string& path) const {
        std::ofstream out(path);
        for (const double words : body_words_) out << static_cast<long>(words) << '\n';
        if (!out) throw std::runtime_error("cannot write " + path);
    }

    nlohmann::json summary() {
        if (growth_.empty() || growth_.back()["articles"] != articles_)
            growth_.push_back({{"articles", articles_}, {"distinct_words", vocabulary_.size()}});
        auto lengths = body_words_;
        std::sort(lengths.begin(), lengths.end());
        auto pct = [&](double p) {
            if (lengths.empty()) return 0.0;
            const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(lengths.size())));
            return lengths[std::clamp<std::size_t>(rank, 1, lengths.size()) - 1];
        };
        const double mean = lengths.empty() ? 0 : std::accumulate(lengths.begin(), lengths.end(), 0.0) / static_cast<double>(lengths.size());
        // Heaps' law V = K n^beta between the first point and the last.
        double beta = -1;
        if (growth_.size() >= 2) {
            const double n0 = growth_.front()["articles"], v0 = growth_.front()["distinct_words"];
            const double n1 = growth_.back()["articles"], v1 = growth_.back()["distinct_words"];
            if (n1 > n0 && v0 > 0) beta = std::log(v1 / v0) / std::log(n1 / n0);
        }
        return {{"articles", articles_},
                {"body_words", {{"mean", mean}, {"p10", pct(10)}, {"p50", pct(50)}, {"p90", pct(90)},
                                {"p99", pct(99)}, {"max", lengths.empty() ? 0.0 : lengths.back()},
                                {"empty", std::count(lengths.begin(), lengths.end(), 0.0)}}},
                {"vocabulary_growth", growth_},
                {"heaps_beta", beta},
                {"dated", dated_},
                // 1.0: every article no older than the one before it (an export in date order);
                // about 0.5: dates in random order.
                {"date_order", pairs_ > 0 ? static_cast<double>(pairs_in_order_) / static_cast<double>(pairs_) : -1.0},
                {"date_span_days", dated_ > 0 ? static_cast<double>(last_ - first_) / 86400.0 : 0.0}};
    }

private:
    std::vector<double> body_words_;
    std::unordered_set<std::string> vocabulary_;
    nlohmann::json growth_ = nlohmann::json::array();
    std::size_t articles_ = 0, dated_ = 0, pairs_ = 0, pairs_in_order_ = 0;
    std::int64_t last_date_ = 0, first_ = 0, last_ = 0;
};

}  // namespace

int command_export(int argc, char** argv) {
    cxxopts::Options options("morgue-bench export",
                             "Write a morgue database's stored articles as JSON Lines (for Lucene) and the corpus's statistics.");
    options.add_options()
        ("db", "morgue database", cxxopts::value<std::string>())
        ("jsonl", "JSON Lines file to write (id, headline, byline one name a line, body, date in epoch seconds)",
         cxxopts::value<std::string>())
        ("stats", "JSON file for the corpus statistics", cxxopts::value<std::string>())
        ("lengths", "file for the body lengths in words, one a line, in indexing order (morgue-generate-corpus --body-lengths)",
         cxxopts::value<std::string>())
        ("h,help", "show this help");
    const auto args = options.parse(argc, argv);
    if (args.count("help") || !args.count("db") || !args.count("stats")) {
        std::cout << options.help() << '\n';
        return args.count("help") ? 0 : 2;
    }
    const Xapian::Database source(args["db"].as<std::string>());
    std::ofstream jsonl;
    if (args.count("jsonl")) {
        jsonl.open(args["jsonl"].as<std::string>());
        if (!jsonl) throw std::runtime_error("cannot write " + args["jsonl"].as<std::string>());
    }
    TextStats stats;
    // Document id order is the order the articles were indexed in (input order).
    for (auto it = source.postlist_begin(""); it != source.postlist_end(""); ++it) {
        const Article article = decode_stored_article(source.get_document(*it).get_data());
        stats.add(article);
        if (!jsonl.is_open()) continue;
        nlohmann::json line = {{"id", article.id}, {"headline", article.headline},
                               {"byline", joined_lines(article.byline)}, {"body", article.body}};
        if (article.date) line["date"] = std::to_string(article.date->epoch_seconds());
        jsonl << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    if (jsonl.is_open() && !jsonl.flush()) throw std::runtime_error("cannot write " + args["jsonl"].as<std::string>());
    if (args.count("lengths")) stats.write_lengths(args["lengths"].as<std::string>());
    const auto summary = stats.summary();
    write_json_file(args["stats"].as<std::string>(), summary);
    std::cerr << "export: " << summary["articles"] << " articles\n";
    return 0;
}

}  // namespace morgue::bench
