#pragma once

#include <string>
#include <vector>

namespace morgue::e2e {

struct ProgramResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs a program with arguments (no shell), capturing its exit code, stdout and stderr.
ProgramResult run_program(const std::string& program, const std::vector<std::string>& args);

}  // namespace morgue::e2e
