#include "child_process.hpp"

#include "stopwatch.hpp"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstring>
#include <stdexcept>

extern char** environ;

namespace morgue::bench {

ChildRun run_child(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    const Stopwatch clock;
    pid_t pid = 0;
    if (const int error = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ); error != 0)
        throw std::runtime_error("cannot run " + argv[0] + ": " + std::strerror(error));
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0) throw std::runtime_error("cannot wait for " + argv[0]);
    auto seconds_of = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, clock.seconds(), usage.ru_maxrss,
            seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime)};
}

}  // namespace morgue::bench
