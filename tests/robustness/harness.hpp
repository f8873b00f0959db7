#pragma once

#include "child_process.hpp"
#include "temp_dir.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace morgue::robustness {

using testing::Child;
using testing::ChildOptions;
using testing::ChildResult;
using testing::run_child;
using testing::TempDir;
using testing::under_address_sanitizer;
using testing::within;

ChildResult morgue_index(const std::string& db, const std::vector<std::string>& args, const ChildOptions& options = {});
ChildResult morgue_search(const std::string& db, const std::vector<std::string>& args, const ChildOptions& options = {});
std::vector<std::string> index_command(const std::string& db, const std::vector<std::string>& args);

// Runs morgue-search --json and returns the hits' ids in rank order and the total, failing the
// test if the search fails.
struct SearchAnswer {
    std::uint64_t total = 0;
    std::vector<std::string> ids;
    bool operator==(const SearchAnswer&) const = default;
};
SearchAnswer search_answer(const std::string& db, const std::vector<std::string>& query_args);

// Read straight from the database with Xapian, independently of morgue.
std::uint64_t document_count(const std::string& db);
bool database_is_consistent(const std::string& db, std::string& report);

// The corpus for the long-running tests: the 22 Reuters-21578 SGML files (21,578 articles) when
// ../shared/corpora is there, otherwise a generated JSON Lines corpus of 20,000 articles in `dir`.
// Under AddressSanitizer, the first six files of either (6,000 or 12,000 articles).
struct Corpus {
    std::vector<std::string> files;
    std::uint64_t articles = 0;
    std::string name;
    std::uint64_t articles_per_file = 0;  // of every file but perhaps the last
};
Corpus big_corpus(const std::filesystem::path& dir);

void write_file(const std::filesystem::path& path, const std::string& bytes);
std::filesystem::path inputs_dir();
std::size_t count(const std::string& text, const std::string& what);

}  // namespace morgue::robustness
