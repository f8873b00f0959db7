#include "results.hpp"

#include <sqlite3.h>
#include <sys/utsname.h>
#include <xapian.h>

#include <fstream>
#include <stdexcept>
#include <thread>

#ifndef MORGUE_BENCH_COMPILER
#define MORGUE_BENCH_COMPILER "unknown"
#endif
#ifndef MORGUE_BENCH_FLAGS
#define MORGUE_BENCH_FLAGS "unknown"
#endif

namespace morgue::bench {
namespace {

nlohmann::json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("missing " + path.string() + ": run the earlier steps first");
    return nlohmann::json::parse(in);
}

// The value after "key:" on the first line of a /proc file that starts with key.
std::string proc_value(const std::string& file, const std::string& key) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with(key)) continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        const auto start = line.find_first_not_of(" \t", colon + 1);
        return start == std::string::npos ? "" : line.substr(start);
    }
    return "unknown";
}

}  // namespace

nlohmann::json machine_description() {
    utsname system{};
    uname(&system);
    return {{"cores", std::thread::hardware_concurrency()},
            {"cpu", proc_value("/proc/cpuinfo", "model name")},
            {"memory", proc_value("/proc/meminfo", "MemTotal")},
            {"kernel", std::string(system.sysname) + " " + system.release}};
}

namespace {

double figure(const nlohmann::json& object, const std::string& key) {
    return object.is_object() && object.contains(key) && object[key].is_number() ? object[key].get<double>() : -1.0;
}

nlohmann::json ratio(double morgue, double other) {
    return morgue > 0 && other > 0 ? nlohmann::json(morgue / other) : nlohmann::json(nullptr);
}

// morgue's figures as ratios to each peer's from the same run (below 1: morgue is faster or smaller).
void add_ratios(nlohmann::json& entry) {
    auto& queries = entry["queries"];
    for (auto& row : queries["classes"]) {
        nlohmann::json ratios = nlohmann::json::object();
        for (const char* peer : {"lucene", "fts5"}) {
            if (!row.contains(peer)) continue;
            for (const char* key : {"p50_us", "p95_us", "p99_us"})
                ratios[peer][key] = ratio(figure(row["morgue"], key), figure(row[peer], key));
        }
        if (row.contains("lucene_ids")) {  // morgue's page against Lucene's top 10 without stored fields
            for (const char* key : {"p50_us", "p99_us"})
                ratios["lucene_ids"][key] = ratio(figure(row["morgue"], key), figure(row["lucene_ids"], key));
        }
        row["morgue_ratio_to"] = ratios;
    }
    const auto& indexing = entry["indexing"];
    const auto& m = indexing["morgue"];
    const double articles = figure(m, "articles");
    nlohmann::json ratios = nlohmann::json::object();
    for (const char* peer : {"lucene", "fts5"}) {
        const auto& p = indexing[peer];
        if (!p.is_object() || p.contains("absent")) continue;
        const double peer_articles = figure(p, "articles");
        ratios[peer] = {
            {"articles_per_second", ratio(figure(m, "articles_per_second"), figure(p, "articles_per_second"))},
            {"index_bytes_per_article", ratio(figure(m["after_compaction"], "index_bytes_per_article"),
                                               figure(p, "index_bytes") / peer_articles)},
            {"stored_bytes_per_article", ratio(figure(m["after_compaction"], "stored_bytes_per_article"),
                                                figure(p, "stored_text_bytes") / peer_articles)},
            {"same_article_count", articles == peer_articles}};
        if (queries["throughput"].contains(peer))
            for (const char* key : {"one_thread", "all_cores"})
                ratios[peer]["qps_" + std::string(key)] =
                    ratio(figure(queries["throughput"]["morgue"][key], "qps"), figure(queries["throughput"][peer][key], "qps"));
    }
    entry["morgue_ratio_to"] = ratios;
}

nlohmann::json read_optional(const std::filesystem::path& path, const std::string& why) {
    if (!std::filesystem::exists(path)) return {{"absent", why}};
    return read_json(path);
}

}  // namespace

nlohmann::json assemble_results(const std::vector<std::filesystem::path>& corpus_folders, const std::string& commit,
                                const std::string& lucene) {
    nlohmann::json corpora = nlohmann::json::array();
    for (const auto& folder : corpus_folders) {
        nlohmann::json entry = {{"corpus", read_json(folder / "corpus.json")},
                                {"indexing", {{"morgue", read_json(folder / "index-morgue.json")},
                                              {"lucene", read_optional(folder / "index-lucene.json", "not run")},
                                              {"fts5", read_json(folder / "index-fts5.json")}}},
                                {"queries", read_json(folder / "queries.json")},
                                {"statistics", read_optional(folder / "corpus-stats.json", "not run (morgue-bench export)")}};
        // Lucene is timed inside `morgue-bench run` (queries.json) when its adapter could be built.
        const std::string absent = lucene.starts_with("absent: ") ? lucene.substr(8) : "not run";
        entry["lucene"] = entry["queries"].contains("lucene_settings") ? nlohmann::json{{"measured", true}}
                                                                        : nlohmann::json{{"absent", absent}};
        add_ratios(entry);
        corpora.push_back(entry);
    }
    return {{"commit", commit},
            {"compiler", MORGUE_BENCH_COMPILER},
            {"flags", MORGUE_BENCH_FLAGS},
            {"machine", machine_description()},
            {"versions", {{"xapian", Xapian::version_string()}, {"sqlite", sqlite3_libversion()}, {"lucene", lucene}}},
            {"corpora", corpora}};
}

}  // namespace morgue::bench
