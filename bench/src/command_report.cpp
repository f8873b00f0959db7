#include "commands.hpp"
#include "results.hpp"

#include <cxxopts.hpp>

#include <fstream>
#include <iostream>

namespace morgue::bench {
namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int command_report(int argc, char** argv) {
    cxxopts::Options options("morgue-bench report", "Combine the results of the corpora's runs.");
    options.positional_help("CORPUS_FOLDER...");
    options.add_options()
        ("out-dir", "where results.json, report.md and latency.svg go", cxxopts::value<std::string>()->default_value("bench-out"))
        ("commit", "commit measured (git describe)", cxxopts::value<std::string>()->default_value("unknown"))
        ("lucene", "the Lucene adapter's version line, or why Lucene is absent",
         cxxopts::value<std::string>()->default_value("absent: not run"))
        ("folders", "one output folder per corpus", cxxopts::value<std::vector<std::string>>())
        ("h,help", "show this help");
    options.parse_positional({"folders"});
    const auto args = options.parse(argc, argv);
    if (args.count("help") || !args.count("folders")) {
        std::cout << options.help() << '\n';
        return args.count("help") ? 0 : 2;
    }
    std::vector<std::filesystem::path> folders;
    for (const auto& folder : args["folders"].as<std::vector<std::string>>()) folders.emplace_back(folder);
    const auto results = assemble_results(folders, args["commit"].as<std::string>(), args["lucene"].as<std::string>());
    const std::filesystem::path out = args["out-dir"].as<std::string>();
    write_json_file((out / "results.json").string(), results);
    write_text(out / "report.md", results_as_markdown(results));
    write_text(out / "latency.svg", latency_chart_svg(results));
    std::cout << results_as_text(results) << "\nWritten: " << (out / "results.json").string() << ", "
              << (out / "report.md").string() << ", " << (out / "latency.svg").string() << '\n';
    return 0;
}

}  // namespace morgue::bench
