#include "commands.hpp"
#include "count_check.hpp"
#include "engine.hpp"
#include "lucene_server.hpp"
#include "timed_passes.hpp"

#include <cxxopts.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

namespace morgue::bench {
namespace {

struct RunSettings {
    PassLimits limits;
    double mix_seconds = 3;
    double check_seconds = 2;
    unsigned threads = 2;
    bool cold = true;
    std::string lucene;  // shell command of the Lucene adapter's serve mode; empty: not measured
};

nlohmann::json time_classes(const std::vector<EngineMaker>& engines, const std::vector<BenchQuery>& queries,
                            const PassLimits& limits, LuceneServer* lucene) {
    nlohmann::json classes = nlohmann::json::array();
    std::vector<std::unique_ptr<Engine>> live;
    for (const auto& maker : engines) live.push_back(maker.make());
    for (const auto& name : query_classes(queries)) {
        nlohmann::json row = {{"class", name}};
        const auto of_class = queries_of_class(queries, name);
        for (std::size_t e = 0; e < engines.size(); ++e) {
            row[engines[e].name] = time_class(*live[e], of_class, limits);
            std::cerr << "  " << name << " " << engines[e].name << ": p50 " << row[engines[e].name].value("p50_us", -1.0)
                      << " µs over " << row[engines[e].name].value("runs", 0) << " runs\n";
        }
        if (lucene) {  // right after the others, in the same minute of the machine
            const auto answer = lucene->request("time " + name);
            for (const auto& [key, value] : answer.items()) row[key] = value;
            std::cerr << "  " << name << " lucene: p50 " << row["lucene"].value("p50_us", -1.0) << " µs over "
                      << row["lucene"].value("runs", 0) << " runs (ids only: " << row["lucene_ids"].value("p50_us", -1.0) << " µs)\n";
        }
        classes.push_back(row);
    }
    return classes;
}

// Reads every file of a database once, so that the warm passes start from a page cache that holds
// all of it (the cold pass drops the cache and re-reads only what its own queries touch).
std::uint64_t read_through(const std::filesystem::path& path) {
    std::uint64_t bytes = 0;
    auto read_file = [&bytes](const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        static char buffer[1 << 16];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) bytes += static_cast<std::uint64_t>(in.gcount());
    };
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
            if (entry.is_regular_file()) read_file(entry.path());
    } else if (std::filesystem::exists(path)) {
        read_file(path);
    }
    return bytes;
}

nlohmann::json run_all(const std::vector<EngineMaker>& engines, const std::vector<BenchQuery>& queries,
                       const RunSettings& settings, const std::vector<std::string>& files) {
    nlohmann::json result;
    nlohmann::json cold = {{"measured", false}, {"reason", "switched off (--no-cold)"}};
    if (settings.cold) {
        cold = nlohmann::json::object();
        for (const auto& maker : engines) {
            auto pass = cold_pass(maker, queries, settings.limits.seconds);
            if (!pass.value("measured", false)) { cold = pass; break; }
            cold["measured"] = true;
            cold[maker.name] = pass;
        }
    }
    result["cold"] = cold;
    std::uint64_t warmed = 0;
    for (const auto& file : files) warmed += read_through(file);
    result["page_cache_warmed_bytes"] = warmed;
    std::unique_ptr<LuceneServer> lucene;
    if (!settings.lucene.empty()) {
        std::cerr << "starting Lucene: " << settings.lucene << '\n';
        lucene = std::make_unique<LuceneServer>(settings.lucene);
        result["lucene_settings"] = lucene->request("info");
        // Lucene's index files are read once too, then (the JVM compiles as it runs) the whole mix runs
        // once (at most 5 timed-pass budgets) before any timing.
        result["lucene_settings"]["jit_warm_up"] = lucene->request("warm " + std::to_string(5 * settings.limits.seconds));
    }
    std::cerr << "warm passes...\n";
    result["classes"] = time_classes(engines, queries, settings.limits, lucene.get());
    std::cerr << "throughput...\n";
    for (const auto& maker : engines)
        result["throughput"][maker.name] = {{"one_thread", throughput(maker, queries, 1, settings.mix_seconds)},
                                            {"all_cores", throughput(maker, queries, settings.threads, settings.mix_seconds)}};
    if (lucene) {
        const auto mix = " " + std::to_string(settings.mix_seconds);
        result["throughput"]["lucene"] = {{"one_thread", lucene->request("throughput 1" + mix)},
                                          {"all_cores", lucene->request("throughput " + std::to_string(settings.threads) + mix)}};
    }
    std::cerr << "hit counts...\n";
    auto morgue = engines[0].make();
    auto other = engines[1].make();
    result["count_check"] = compare_counts(*morgue, *other, queries, settings.check_seconds);
    if (lucene) {
        LuceneCounter counter(*lucene);
        result["count_check_lucene"] = compare_counts(*morgue, counter, queries, settings.check_seconds);
    }
    return result;
}

}  // namespace

int command_run(int argc, char** argv) {
    cxxopts::Options options("morgue-bench run", "Time a query file on morgue, SQLite FTS5 and (with --lucene) Lucene.");
    options.add_options()
        ("db", "morgue database", cxxopts::value<std::string>())
        ("sqlite", "FTS5 database from fts5-load", cxxopts::value<std::string>())
        ("queries", "query file: class<TAB>query[<TAB>options]", cxxopts::value<std::string>())
        ("out", "JSON file for the figures", cxxopts::value<std::string>())
        ("seconds", "time per class and engine for the timed passes", cxxopts::value<double>()->default_value("2"))
        ("passes", "timed passes at most", cxxopts::value<std::size_t>()->default_value("5"))
        ("mix-seconds", "time per throughput measurement", cxxopts::value<double>()->default_value("3"))
        ("check-seconds", "time per class for comparing hit counts", cxxopts::value<double>()->default_value("2"))
        ("threads", "threads for total throughput (0 = one per core)", cxxopts::value<unsigned>()->default_value("0"))
        ("no-cold", "skip the cold-cache pass")
        ("lucene", "shell command starting the Lucene adapter's serve mode (bench/lucene/); timed after each class",
         cxxopts::value<std::string>()->default_value(""))
        ("h,help", "show this help");
    const auto args = options.parse(argc, argv);
    if (args.count("help") || !args.count("db") || !args.count("sqlite") || !args.count("queries") || !args.count("out")) {
        std::cout << options.help() << '\n';
        return args.count("help") ? 0 : 2;
    }
    RunSettings settings;
    settings.limits = {args["seconds"].as<double>(), args["passes"].as<std::size_t>()};
    settings.mix_seconds = args["mix-seconds"].as<double>();
    settings.check_seconds = args["check-seconds"].as<double>();
    settings.threads = args["threads"].as<unsigned>();
    if (settings.threads == 0) settings.threads = std::max(1u, std::thread::hardware_concurrency());
    settings.cold = !args.count("no-cold");
    settings.lucene = args["lucene"].as<std::string>();

    const auto query_path = args["queries"].as<std::string>();
    const auto queries = read_query_file(query_path);
    const std::vector<EngineMaker> engines{morgue_engine(args["db"].as<std::string>()),
                                           fts5_engine(args["sqlite"].as<std::string>())};
    auto result = run_all(engines, queries, settings, {args["db"].as<std::string>(), args["sqlite"].as<std::string>()});
    result["settings"] = {{"queries", query_path}, {"query_count", queries.size()},
                          {"seconds_per_class", settings.limits.seconds}, {"passes", settings.limits.passes},
                          {"mix_seconds", settings.mix_seconds}, {"threads", settings.threads}};
    write_json_file(args["out"].as<std::string>(), result);
    return 0;
}

}  // namespace morgue::bench
