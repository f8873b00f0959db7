#pragma once

#include <morgue/indexer.hpp>
#include <morgue/input_format.hpp>
#include <morgue/read_problem.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace morgue {

struct IndexProgress {
    std::uint64_t articles = 0;     // read so far (indexed, replaced or skipped)
    std::uint64_t bytes_done = 0;   // of input files finished so far (as stored on disk)
    std::uint64_t bytes_total = 0;  // of all input files
    double seconds = 0;
};

struct IndexSummary {
    std::uint64_t files = 0;
    std::uint64_t added = 0;
    std::uint64_t replaced = 0;
    std::uint64_t skipped_articles = 0;
    std::uint64_t skipped_files = 0;
    std::uint64_t repairs = 0;               // input fixed up but fully indexed (e.g. invalid UTF-8)
    std::map<std::string, std::uint64_t> skip_reasons;  // reason (without location) -> count
    std::map<std::string, std::uint64_t> languages;     // language analyzed in -> articles indexed
    std::uint64_t input_bytes = 0;
    double seconds = 0;

    bool all_indexed() const { return skipped_articles == 0 && skipped_files == 0; }
};

struct IndexRunOptions {
    InputFormat format = InputFormat::Auto;
    std::function<void(const ReadProblem&)> on_problem;      // each problem, as it is met
    std::function<void(const IndexProgress&)> on_progress;   // now and then (about every 1,000 articles)
};

// Reads every article of the inputs (files, or folders searched recursively; .gz and .zst read
// transparently) into the indexer and commits at the end. Bad articles and unreadable files are
// skipped and reported through on_problem; a database error stops the run (DatabaseError) and
// leaves the database at its last commit.
IndexSummary index_inputs(Indexer& indexer, const std::vector<std::filesystem::path>& inputs,
                          const IndexRunOptions& options = {});

// The input files named by `inputs`, folders expanded recursively in name order (symlinked
// folders are not followed, so a symlink loop cannot hang the run). Unreadable folders are
// reported through on_problem.
std::vector<std::filesystem::path> collect_input_files(const std::vector<std::filesystem::path>& inputs,
                                                       const std::function<void(const ReadProblem&)>& on_problem);

}  // namespace morgue
