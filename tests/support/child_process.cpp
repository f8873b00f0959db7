#include "child_process.hpp"

#include <fcntl.h>
#include <grp.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <thread>

namespace morgue::testing {
namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::filesystem::path output_file(const char* suffix) {
    std::random_device random;
    return std::filesystem::temp_directory_path() / ("morgue-child-" + std::to_string(random()) + suffix);
}

// Between fork and exec only async-signal-safe calls; failures exit with 127 like a shell does.
[[noreturn]] void exec_child(const std::vector<char*>& argv, const std::vector<char*>& env,
                             const ChildOptions& options, const char* out, const char* err) {
    const int in_fd = open("/dev/null", O_RDONLY);
    const int out_fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in_fd < 0 || out_fd < 0 || err_fd < 0) _exit(127);
    dup2(in_fd, 0), dup2(out_fd, 1), dup2(err_fd, 2);
    setpgid(0, 0);
    if (options.address_space) {
        const rlimit limit{*options.address_space, *options.address_space};
        if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(127);
    }
    if (options.file_size) {
        const rlimit limit{*options.file_size, *options.file_size};
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(127);
    }
    if (options.user) {
        if (setgroups(0, nullptr) != 0 || setgid(*options.user) != 0 || setuid(*options.user) != 0) _exit(127);
    }
    execve(argv[0], argv.data(), env.data());
    _exit(127);
}

}  // namespace

Child::Child(const std::string& program, const std::vector<std::string>& args, const ChildOptions& options)
    : start_(std::chrono::steady_clock::now()), timeout_(options.timeout), out_path_(output_file(".out")),
      err_path_(output_file(".err")) {
    std::vector<std::string> storage{program};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : storage) argv.push_back(s.data());
    argv.push_back(nullptr);
    // Under an address-space limit, one malloc arena: glibc reserves 64 MiB of address space for each
    // arena a new thread contends for, so the limit would measure how threads met, not what the
    // program holds (the limit then failed one run in five at random).
    std::vector<std::string> env_storage;
    for (char** e = environ; *e; ++e)
        if (!std::string_view(*e).starts_with("MALLOC_ARENA_MAX=")) env_storage.emplace_back(*e);
    if (options.address_space) env_storage.emplace_back("MALLOC_ARENA_MAX=1");
    std::vector<char*> env;
    for (auto& s : env_storage) env.push_back(s.data());
    env.push_back(nullptr);
    const std::string out = out_path_.string(), err = err_path_.string();
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) exec_child(argv, env, options, out.c_str(), err.c_str());
}

Child::~Child() {
    if (!status_ && pid_ > 0) {
        ::kill(pid_, SIGKILL);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    std::error_code ignored;
    std::filesystem::remove(out_path_, ignored);
    std::filesystem::remove(err_path_, ignored);
}

bool Child::running() {
    if (status_) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) status_ = status;
    return !status_;
}

void Child::kill(int signal) {
    if (running()) ::kill(pid_, signal);
}

void Child::kill_group(int signal) {
    if (pid_ > 0) ::kill(-pid_, signal);  // the group outlives its leader: signal it even when the leader is gone
}

std::string Child::err_so_far() const { return slurp(err_path_); }
std::string Child::out_so_far() const { return slurp(out_path_); }

ChildResult Child::wait() {
    ChildResult result;
    while (running()) {
        if (std::chrono::steady_clock::now() - start_ > timeout_) {
            result.timed_out = true;
            ::kill(pid_, SIGKILL);
            int status = 0;
            waitpid(pid_, &status, 0);
            status_ = status;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    result.exit_code = WIFEXITED(*status_) ? WEXITSTATUS(*status_) : 128 + WTERMSIG(*status_);
    result.out = slurp(out_path_);
    result.err = slurp(err_path_);
    return result;
}

ChildResult run_child(const std::string& program, const std::vector<std::string>& args, const ChildOptions& options) {
    return Child(program, args, options).wait();
}

bool under_address_sanitizer() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

}  // namespace morgue::testing
