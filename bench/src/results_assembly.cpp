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

nlohmann::json assemble_results(const std::vector<std::filesystem::path>& corpus_folders, const std::string& commit) {
    nlohmann::json corpora = nlohmann::json::array();
    for (const auto& folder : corpus_folders) {
        corpora.push_back({{"corpus", read_json(folder / "corpus.json")},
                           {"indexing", {{"morgue", read_json(folder / "index-morgue.json")},
                                         {"fts5", read_json(folder / "index-fts5.json")}}},
                           {"queries", read_json(folder / "queries.json")}});
    }
    return {{"commit", commit},
            {"compiler", MORGUE_BENCH_COMPILER},
            {"flags", MORGUE_BENCH_FLAGS},
            {"machine", machine_description()},
            {"versions", {{"xapian", Xapian::version_string()}, {"sqlite", sqlite3_libversion()}}},
            {"corpora", corpora}};
}

}  // namespace morgue::bench
