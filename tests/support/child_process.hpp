#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace morgue::testing {

// How a program under test is run: limits the harness applies in the child before exec.
struct ChildOptions {
    std::chrono::milliseconds timeout{60'000};      // killed with SIGKILL after this
    std::optional<std::uint64_t> address_space;      // RLIMIT_AS, bytes
    std::optional<std::uint64_t> file_size;          // RLIMIT_FSIZE, bytes
    std::optional<uid_t> user;                       // run as this uid/gid (the harness must be root)
};

inline ChildOptions within(std::chrono::milliseconds timeout) {
    ChildOptions options;
    options.timeout = timeout;
    return options;
}

struct ChildResult {
    int exit_code = -1;      // 128 + signal when killed by a signal
    bool timed_out = false;
    double seconds = 0;
    std::string out;
    std::string err;
};

// A program started in the background; its output goes to files so it can never block on a pipe.
class Child {
public:
    Child(const std::string& program, const std::vector<std::string>& args, const ChildOptions& options = {});
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return pid_; }
    bool running();
    void kill(int signal);
    // Waits until it exits (or its timeout passes, then kills it) and collects its output.
    ChildResult wait();
    std::string err_so_far() const;
    std::string out_so_far() const;

private:
    pid_t pid_ = -1;
    std::optional<int> status_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::milliseconds timeout_;
    std::filesystem::path out_path_, err_path_;
};

// Runs a program to completion.
ChildResult run_child(const std::string& program, const std::vector<std::string>& args,
                      const ChildOptions& options = {});

// True when this test program runs under AddressSanitizer (which cannot start under RLIMIT_AS).
bool under_address_sanitizer();

}  // namespace morgue::testing
