#pragma once

#include <morgue/error.hpp>

#include <cxxopts.hpp>

#include <functional>
#include <string>

namespace morgue::cli {

// Exit codes of every morgue program (documented in the README).
enum ExitCode : int {
    kExitOk = 0,        // everything worked
    kExitPartial = 1,   // morgue-index: some input was rejected (the rest is indexed)
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

// Parses argv; prints help or version and returns true if the program should exit with kExitOk.
bool handle_standard_options(cxxopts::Options& options, const cxxopts::ParseResult& result);
// The --db value; throws UsageError if missing.
std::string database_path(const cxxopts::ParseResult& result);

// Runs `body`, turning every exception into one line on stderr ("program: error: ...") and
// the documented exit code.
int run_main(const char* program, const std::function<int()>& body);

}  // namespace morgue::cli
