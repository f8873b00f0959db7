#pragma once

#include "child_process.hpp"
#include "temp_dir.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace morgue::e2e {

using testing::TempDir;
using ProgramResult = testing::ChildResult;

// Runs a program to completion; generous time, since under the sanitizers indexing Reuters is slow.
inline ProgramResult run_program(const std::string& program, const std::vector<std::string>& args) {
    return testing::run_child(program, args, testing::within(std::chrono::minutes(30)));
}

ProgramResult morgue_index(const std::string& db, const std::vector<std::string>& args);
ProgramResult morgue_search(const std::string& db, const std::vector<std::string>& args);
// Runs morgue-search --json and parses its output; fails the test if the search fails.
nlohmann::json search_json(const std::string& db, const std::vector<std::string>& args);

std::filesystem::path source_dir();
// ../shared/corpora/<name>, or an empty path if it is not there (tests then skip with a message).
std::filesystem::path shared_corpus(const std::string& name);

std::string lower(std::string text);

}  // namespace morgue::e2e
