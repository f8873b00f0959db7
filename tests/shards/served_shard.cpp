#include "served_shard.hpp"

#include <csignal>
#include <stdexcept>
#include <thread>

namespace morgue::testing {
namespace {

// A hard bound on every server's life: the loopback tests take seconds.
constexpr const char* kHardLimitSeconds = "120";
constexpr auto kStartupLimit = std::chrono::seconds(20);

}  // namespace

std::string shard_server_program() {
    return MORGUE_SHARD_SERVER_BIN;
}

ServedShard::ServedShard(const std::vector<std::string>& databases, int port) {
    std::vector<std::string> args{"-s",          "KILL",      kHardLimitSeconds, shard_server_program(),
                                  "--interface", "127.0.0.1", "--port",          std::to_string(port)};
    args.insert(args.end(), databases.begin(), databases.end());
    child_ = std::make_unique<Child>("/usr/bin/timeout", args, within(std::chrono::seconds(150)));
    const std::string marker = "listening on 127.0.0.1:";
    const auto start = std::chrono::steady_clock::now();
    for (;;) {
        const std::string out = child_->out_so_far();
        if (const auto at = out.find(marker); at != std::string::npos && out.find('\n', at) != std::string::npos) {
            port_ = std::stoi(out.substr(at + marker.size()));
            return;
        }
        if (!child_->running() || std::chrono::steady_clock::now() - start > kStartupLimit) {
            const std::string err = child_->err_so_far();
            kill();
            throw std::runtime_error("morgue-shard-server did not start: " + err);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

void ServedShard::kill() {
    child_->kill_group(SIGKILL);
    (void)child_->wait();
}

ServedShard::~ServedShard() {
    child_->kill_group(SIGKILL);
}

}  // namespace morgue::testing
