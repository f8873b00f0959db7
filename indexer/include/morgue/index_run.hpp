#pragma once

#include <morgue/indexer.hpp>
#include <morgue/input_format.hpp>
#include <morgue/read_problem.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string_view>
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
    std::uint64_t without_text = 0;          // articles with no headline and no body (reported, and indexed)
    std::uint64_t repairs = 0;               // input fixed up but fully indexed (e.g. invalid UTF-8)
    std::map<std::string, std::uint64_t> skip_reasons;  // reason (without location) -> count
    std::map<std::string, std::uint64_t> formats;       // format name ("trec", "page", ...) -> files read as it
    std::map<std::string, std::uint64_t> encodings;     // charset ("UTF-8", "GB18030", ...) -> files read as it
    std::map<std::string, std::uint64_t> languages;     // language analyzed in -> articles indexed
    std::uint64_t input_bytes = 0;
    double seconds = 0;

    bool all_indexed() const { return skipped_articles == 0 && skipped_files == 0; }
};

// How one input file is read, for --verbose.
struct InputFileInfo {
    std::string path;
    std::string_view format;  // "trec", "page", ...
    std::string encoding;     // "UTF-8", "GB18030", ...
    std::string compression;  // "gzip", "zstd" or empty
};

struct IndexRunOptions {
    InputFormat format = InputFormat::Auto;
    std::string encoding;  // charset of every input (--encoding); empty: detected per file
    std::function<void(const InputFileInfo&)> on_file;      // each file once its format and charset are known
    std::function<void(const ReadProblem&)> on_problem;      // each problem, as it is met
    std::function<void(const IndexProgress&)> on_progress;   // now and then (about every 1,000 articles)
    std::vector<std::string> field_map;  // CSV column=field entries, as --field-map takes them ("title=headline,story=body")
};

// Throws morgue::Error naming the first field_map entry that is not COLUMN=FIELD with a known field.
void check_field_map(const std::vector<std::string>& entries);

// Reads every article of the inputs (files, or folders searched recursively; .gz and .zst read
// transparently) into the indexer and commits at the end. Bad articles and unreadable files are
// skipped and reported through on_problem; a database error stops the run (DatabaseError) and
// leaves the database at its last commit. Articles of formats without ids get one from their path
// under the input named (readers::derived_id). An article with the id of one met earlier in the
// run is reported (naming both places) and skipped: the first is kept. An article with no text is
// reported (as a warning) and counted in without_text.
IndexSummary index_inputs(Indexer& indexer, const std::vector<std::filesystem::path>& inputs,
                          const IndexRunOptions& options = {});

// The input files named by `inputs`, folders expanded recursively in name order (symlinked
// folders are not followed, so a symlink loop cannot hang the run). Unreadable folders are
// reported through on_problem.
std::vector<std::filesystem::path> collect_input_files(const std::vector<std::filesystem::path>& inputs,
                                                       const std::function<void(const ReadProblem&)>& on_problem);

}  // namespace morgue
