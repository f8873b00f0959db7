#include "commands.hpp"
#include "evaluation.hpp"
#include "quality_report.hpp"
#include "search_modes.hpp"
#include "task_files.hpp"

#include <cxxopts.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

namespace morgue::quality {
namespace {

namespace fs = std::filesystem;

// The run files of a task, Lucene first, then morgue's modes in the order of search_modes().
std::vector<std::pair<std::string, fs::path>> runs_of(const fs::path& dir) {
    std::vector<std::pair<std::string, fs::path>> runs;
    const auto add = [&](const std::string& engine) {
        const fs::path file = dir / ("run-" + engine + ".txt");
        if (fs::exists(file)) runs.emplace_back(engine, file);
    };
    add(kBaselineEngine);
    for (const auto& mode : search_modes()) add("morgue-" + std::string(mode.name));
    return runs;
}

void write_text(const fs::path& file, const std::string& text) {
    std::ofstream out(file);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace

int command_evaluate(int argc, char** argv) {
    cxxopts::Options options("morgue-quality evaluate",
                             "Score each run file in --dir against its judgments; print the tables, write JSON.");
    options.add_options()
        ("dir", "folder written by morgue-quality run", cxxopts::value<std::string>()->default_value("bench-out/quality"))
        ("json", "JSON file to write", cxxopts::value<std::string>()->default_value("bench-out/quality.json"))
        ("markdown", "Markdown file to write (empty: none)", cxxopts::value<std::string>()->default_value(""))
        ("commit", "commit measured, recorded in the JSON", cxxopts::value<std::string>()->default_value("unknown"))
        ("lucene", "the Lucene baseline's version, or why it is absent", cxxopts::value<std::string>()->default_value(""))
        ("h,help", "show this help");
    const auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help() << '\n';
        return 0;
    }
    const fs::path dir = args["dir"].as<std::string>();
    const auto tasks = read_tasks(dir / "tasks.tsv");
    if (tasks.empty()) throw std::runtime_error(dir.string() + "/tasks.tsv lists no task: no collection was found");
    std::vector<TaskResult> results;
    for (const auto& task : tasks) {
        const Qrels qrels = read_qrels(dir / task.name / "qrels.txt");
        TaskResult result{task, {}};
        for (const auto& [engine, file] : runs_of(dir / task.name))
            result.engines.emplace_back(engine, evaluate_run(task.kind, qrels, read_run(file)));
        results.push_back(std::move(result));
    }
    std::cout << report_tables(results, false);
    const std::string lucene = args["lucene"].as<std::string>();
    if (!lucene.empty()) std::cout << "Lucene: " << lucene << "\n";
    const nlohmann::json json{{"commit", args["commit"].as<std::string>()}, {"lucene", lucene}, {"tasks", report_json(results)}};
    write_text(args["json"].as<std::string>(), json.dump(2) + "\n");
    if (const auto markdown = args["markdown"].as<std::string>(); !markdown.empty())
        write_text(markdown, report_tables(results, true));
    return 0;
}

}  // namespace morgue::quality
