#pragma once

#include <string>
#include <vector>

namespace morgue::bench {

struct ChildRun {
    int exit_code = 0;        // -1 if killed by a signal
    double seconds = 0;       // wall time
    long peak_rss_kb = 0;     // maximum resident set size of the child
    double cpu_seconds = 0;   // user + system
};

// Runs a program (searched in PATH) with its output passed through, and waits for it.
// Throws std::runtime_error if it cannot be started.
ChildRun run_child(const std::vector<std::string>& argv);

}  // namespace morgue::bench
