#include "commands.hpp"
#include "count_check.hpp"
#include "engine.hpp"
#include "timed_passes.hpp"

#include <cxxopts.hpp>

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
};

nlohmann::json time_classes(const std::vector<EngineMaker>& engines, const std::vector<BenchQuery>& queries,
                            const PassLimits& limits) {
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
        classes.push_back(row);
    }
    return classes;
}

nlohmann::json run_all(const std::vector<EngineMaker>& engines, const std::vector<BenchQuery>& queries,
                       const RunSettings& settings) {
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
    std::cerr << "warm passes...\n";
    result["classes"] = time_classes(engines, queries, settings.limits);
    std::cerr << "throughput...\n";
    for (const auto& maker : engines)
        result["throughput"][maker.name] = {{"one_thread", throughput(maker, queries, 1, settings.mix_seconds)},
                                            {"all_cores", throughput(maker, queries, settings.threads, settings.mix_seconds)}};
    std::cerr << "hit counts...\n";
    auto morgue = engines[0].make();
    auto other = engines[1].make();
    result["count_check"] = compare_counts(*morgue, *other, queries, settings.check_seconds);
    return result;
}

}  // namespace

int command_run(int argc, char** argv) {
    cxxopts::Options options("morgue-bench run", "Time a query file on morgue and SQLite FTS5.");
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

    const auto query_path = args["queries"].as<std::string>();
    const auto queries = read_query_file(query_path);
    const std::vector<EngineMaker> engines{morgue_engine(args["db"].as<std::string>()),
                                           fts5_engine(args["sqlite"].as<std::string>())};
    auto result = run_all(engines, queries, settings);
    result["settings"] = {{"queries", query_path}, {"query_count", queries.size()},
                          {"seconds_per_class", settings.limits.seconds}, {"passes", settings.limits.passes},
                          {"mix_seconds", settings.mix_seconds}, {"threads", settings.threads}};
    write_json_file(args["out"].as<std::string>(), result);
    return 0;
}

}  // namespace morgue::bench
