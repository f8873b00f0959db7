#pragma once

#include "child_process.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace morgue::serve_test {

// morgue-serve started on a free loopback port, in its own process group, killed at the end
// (SIGKILL by the Child if the test fails before stop()).
class RunningServer {
public:
    RunningServer(const std::string& database, const std::vector<std::string>& options = {});
    int port() const { return port_; }
    httplib::Client client() const;
    // SIGTERM, then waits: the server commits and exits.
    testing::ChildResult stop();

private:
    testing::Child child_;
    int port_ = 0;
};

// An HTTP answer: its status and its body parsed as JSON (null when it is not JSON).
struct JsonAnswer {
    int status = 0;
    nlohmann::json body;
    std::string text;
};
JsonAnswer get(httplib::Client& client, const std::string& path, const httplib::Headers& headers = {});
JsonAnswer send(httplib::Client& client, const std::string& method, const std::string& path, const std::string& body,
                const httplib::Headers& headers = {});

// A search's JSON without what differs between two runs of the same search (elapsed_ms).
nlohmann::json comparable(nlohmann::json response);

// A URL's query component from name=value pairs, percent-encoded.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& parameters);

}  // namespace morgue::serve_test
