// morgue-bench: times morgue against SQLite FTS5 in-process, one step per subcommand.
#include "commands.hpp"

#include <cxxopts.hpp>

#include <cstring>
#include <exception>
#include <iostream>

namespace {

constexpr const char* kUsage =
    "usage: morgue-bench COMMAND [options]   (COMMAND --help for its options)\n"
    "  index      run morgue-index and xapian-compact on a corpus, measure time, memory and size\n"
    "  fts5-load  build the SQLite FTS5 baseline from a morgue database's stored articles\n"
    "  workload   draw the standard query workload from a morgue database\n"
    "  run        time a query file on morgue and FTS5\n"
    "  export     the stored articles as JSON Lines (for the Lucene adapter) and the corpus's statistics\n"
    "  report     combine the steps' results into results.json, report.md and latency.svg\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace morgue::bench;
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    const std::string command = argv[1];
    try {
        if (command == "index") return command_index(argc - 1, argv + 1);
        if (command == "fts5-load") return command_fts5_load(argc - 1, argv + 1);
        if (command == "workload") return command_workload(argc - 1, argv + 1);
        if (command == "run") return command_run(argc - 1, argv + 1);
        if (command == "export") return command_export(argc - 1, argv + 1);
        if (command == "report") return command_report(argc - 1, argv + 1);
        std::cerr << kUsage;
        return 2;
    } catch (const cxxopts::exceptions::exception& e) {
        std::cerr << "morgue-bench " << command << ": " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "morgue-bench " << command << ": " << e.what() << '\n';
        return 3;
    }
}
