#pragma once

#include "child_process.hpp"

#include <memory>
#include <string>
#include <vector>

namespace morgue::testing {

// morgue-shard-server serving databases on 127.0.0.1, on a port it picked itself (--port 0, read
// from its first line), or on a given one. It runs under `timeout -s KILL` in a process group of
// its own, so that it and the processes it forks per connection die with the group at the end
// of the test, when the test fails, or after the hard limit even if this program crashes.
class ServedShard {
public:
    explicit ServedShard(const std::vector<std::string>& databases, int port = 0);
    ~ServedShard();  // kills the whole group
    ServedShard(const ServedShard&) = delete;
    ServedShard& operator=(const ServedShard&) = delete;

    int port() const { return port_; }
    std::string stub_line() const { return "remote 127.0.0.1:" + std::to_string(port_); }
    void kill();  // SIGKILL to the group: a shard that dies

private:
    std::unique_ptr<Child> child_;
    int port_ = 0;
};

std::string shard_server_program();

}  // namespace morgue::testing
