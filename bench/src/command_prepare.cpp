#include "commands.hpp"
#include "corpus_sample.hpp"
#include "fts5_loader.hpp"
#include "index_build.hpp"
#include "workload_builder.hpp"

#include <cxxopts.hpp>

#include <fstream>
#include <iostream>
#include <stdexcept>

namespace morgue::bench {
namespace {

cxxopts::ParseResult parse(cxxopts::Options& options, int argc, char** argv) {
    options.add_options()("h,help", "show this help");
    auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help() << '\n';
        std::exit(0);
    }
    return args;
}

std::string required(const cxxopts::ParseResult& args, const std::string& name) {
    if (!args.count(name)) throw std::runtime_error("--" + name + " is required");
    return args[name].as<std::string>();
}

}  // namespace

void write_json_file(const std::string& path, const nlohmann::json& json) {
    std::ofstream out(path);
    out << json.dump(2) << '\n';
    if (!out) throw std::runtime_error("cannot write " + path);
}

int command_index(int argc, char** argv) {
    cxxopts::Options options("morgue-bench index", "Index a corpus with morgue-index, compact it, measure.");
    options.positional_help("FILE_OR_FOLDER...");
    options.add_options()
        ("indexer", "path of morgue-index", cxxopts::value<std::string>()->default_value("morgue-index"))
        ("compactor", "path of xapian-compact", cxxopts::value<std::string>()->default_value("xapian-compact"))
        ("db", "database to write (deleted first)", cxxopts::value<std::string>())
        ("compacted", "compacted copy to write", cxxopts::value<std::string>())
        ("indexer-flag", "pass this option to morgue-index (repeatable), e.g. --indexer-flag=--bulk",
         cxxopts::value<std::vector<std::string>>())
        ("out", "JSON file for the figures", cxxopts::value<std::string>())
        ("inputs", "corpus files or folders", cxxopts::value<std::vector<std::string>>());
    options.parse_positional({"inputs"});
    const auto args = parse(options, argc, argv);
    IndexBuildPlan plan{args["indexer"].as<std::string>(), args["compactor"].as<std::string>(), required(args, "db"),
                        required(args, "compacted"),
                        args.count("inputs") ? args["inputs"].as<std::vector<std::string>>() : std::vector<std::string>{}};
    if (plan.inputs.empty()) throw std::runtime_error("name the corpus files or folders to index");
    if (args.count("indexer-flag")) plan.indexer_flags = args["indexer-flag"].as<std::vector<std::string>>();
    const auto figures = build_morgue_index(plan);
    write_json_file(required(args, "out"), figures);
    std::cerr << "morgue: indexed " << figures["articles"] << " articles in " << figures["seconds"] << " s\n";
    return 0;
}

int command_fts5_load(int argc, char** argv) {
    cxxopts::Options options("morgue-bench fts5-load", "Build the SQLite FTS5 baseline from a morgue database.");
    options.add_options()
        ("db", "morgue database whose stored articles are loaded", cxxopts::value<std::string>())
        ("sqlite", "SQLite file to write (deleted first)", cxxopts::value<std::string>())
        ("out", "JSON file for the figures", cxxopts::value<std::string>());
    const auto args = parse(options, argc, argv);
    const auto figures = load_fts5(required(args, "db"), required(args, "sqlite"));
    write_json_file(required(args, "out"), figures);
    std::cerr << "fts5: loaded " << figures["articles"] << " articles in " << figures["seconds"] << " s\n";
    return 0;
}

int command_workload(int argc, char** argv) {
    cxxopts::Options options("morgue-bench workload", "Draw the standard query workload from a morgue database.");
    options.add_options()
        ("db", "morgue database", cxxopts::value<std::string>())
        ("out", "query file to write", cxxopts::value<std::string>())
        ("per-class", "queries per class", cxxopts::value<std::size_t>()->default_value("200"))
        ("sample", "articles sampled for terms", cxxopts::value<std::size_t>()->default_value("3000"))
        ("seed", "random seed", cxxopts::value<std::uint64_t>()->default_value("42"));
    const auto args = parse(options, argc, argv);
    const auto seed = args["seed"].as<std::uint64_t>();
    const CorpusSample sample(required(args, "db"), args["sample"].as<std::size_t>(), seed);
    const auto workload = build_workload(sample, args["per-class"].as<std::size_t>(), seed);
    write_query_file(required(args, "out"), workload);
    std::cerr << "workload: " << workload.size() << " queries in " << query_classes(workload).size() << " classes\n";
    return 0;
}

}  // namespace morgue::bench
