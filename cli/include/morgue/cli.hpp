#pragma once

#include <morgue/error.hpp>

// Every value is taken whole: cxxopts would split a list option's values at commas, and a file
// name (or an article id) may hold one. NUL cannot occur in an argument, so nothing is split.
#define CXXOPTS_VECTOR_DELIMITER '\0'
#include <cxxopts.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace morgue::cli {

// Exit codes of every morgue program (documented in the README).
enum ExitCode : int {
    kExitOk = 0,        // everything worked
    kExitPartial = 1,   // morgue-index: some input was rejected (the rest is indexed);
                        // morgue-search: some shards of the archive did not answer (the others did)
    kExitUsage = 2,     // bad option or malformed query
    kExitFailure = 3,   // the database could not be opened, read or written, or another error
};

// A mistake in how the program was called; reported with a pointer to --help and kExitUsage.
class UsageError : public Error {
public:
    using Error::Error;
};

// --db PATH, shared by every program.
void add_database_option(cxxopts::Options& options);
// --help and --version.
void add_standard_options(cxxopts::Options& options);

// What each exit code means for one program, printed at the end of its --help.
using ExitCodeMeanings = std::vector<std::pair<ExitCode, std::string>>;

// Prints help (the options, then `exit_codes`) or version and returns true if the program should
// exit with kExitOk.
bool handle_standard_options(cxxopts::Options& options, const cxxopts::ParseResult& result,
                             const ExitCodeMeanings& exit_codes = {});
// The --db value; throws UsageError if missing.
std::string database_path(const cxxopts::ParseResult& result);

// Runs `body`, turning every exception into one line on stderr ("program: error: ...", control
// characters escaped) and the documented exit code. SIGPIPE is ignored first: a reader that goes
// away (`| head -1`) must not kill the program halfway (an indexer between two commits); output
// that cannot be written is dropped and the program finishes with its normal exit code.
int run_main(const char* program, const std::function<int()>& body);

}  // namespace morgue::cli
