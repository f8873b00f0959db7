#pragma once

#include "run_program.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace morgue::e2e {

// A fresh folder under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

ProgramResult morgue_index(const std::string& db, const std::vector<std::string>& args);
ProgramResult morgue_search(const std::string& db, const std::vector<std::string>& args);
// Runs morgue-search --json and parses its output; fails the test if the search fails.
nlohmann::json search_json(const std::string& db, const std::vector<std::string>& args);

std::filesystem::path source_dir();
// ../shared/corpora/<name>, or an empty path if it is not there (tests then skip with a message).
std::filesystem::path shared_corpus(const std::string& name);

std::string lower(std::string text);

}  // namespace morgue::e2e
