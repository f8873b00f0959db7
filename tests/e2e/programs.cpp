#include "programs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

namespace morgue::e2e {

ProgramResult morgue_index(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> all{"--db", db};
    all.insert(all.end(), args.begin(), args.end());
    return run_program(MORGUE_INDEX_BIN, all);
}

ProgramResult morgue_search(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> all{"--db", db};
    all.insert(all.end(), args.begin(), args.end());
    return run_program(MORGUE_SEARCH_BIN, all);
}

nlohmann::json search_json(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> all{"--json"};
    all.insert(all.end(), args.begin(), args.end());
    const ProgramResult result = morgue_search(db, all);
    INFO("morgue-search stderr: " << result.err);
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

std::filesystem::path source_dir() { return MORGUE_SOURCE_DIR; }

std::filesystem::path shared_corpus(const std::string& name) {
    const std::filesystem::path path = std::filesystem::path(MORGUE_SHARED_CORPORA) / name;
    return std::filesystem::is_directory(path) ? path : std::filesystem::path();
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace morgue::e2e
