#include "running_server.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <thread>

namespace morgue::serve_test {
namespace {

constexpr auto kServerLifetime = std::chrono::minutes(10);  // killed after this whatever happens
constexpr auto kStartup = std::chrono::minutes(2);          // generous: under the sanitizers it starts slowly

std::vector<std::string> arguments(const std::string& database, const std::vector<std::string>& options) {
    std::vector<std::string> all{"--db", database, "--listen", "127.0.0.1:0"};
    all.insert(all.end(), options.begin(), options.end());
    return all;
}

std::string percent_encoded(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char byte : text) {
        const auto c = static_cast<unsigned char>(byte);
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += byte;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

JsonAnswer answer_of(const httplib::Result& result) {
    REQUIRE_MESSAGE(result, "no answer: " << httplib::to_string(result.error()));
    JsonAnswer answer{result->status, nlohmann::json::parse(result->body, nullptr, false), result->body};
    if (answer.body.is_discarded()) answer.body = nullptr;
    return answer;
}

}  // namespace

RunningServer::RunningServer(const std::string& database, const std::vector<std::string>& options)
    : child_(MORGUE_SERVE_BIN, arguments(database, options), testing::within(kServerLifetime)) {
    const std::string marker = "listening on http://127.0.0.1:";
    const auto deadline = std::chrono::steady_clock::now() + kStartup;
    for (;;) {
        const std::string out = child_.out_so_far();
        const auto end = out.find('\n');
        if (end != std::string::npos) {
            REQUIRE_MESSAGE(out.starts_with(marker), "unexpected first line: " << out);
            port_ = std::stoi(out.substr(marker.size(), end - marker.size()));
            return;
        }
        REQUIRE_MESSAGE(child_.running(), "morgue-serve exited: " << child_.err_so_far());
        REQUIRE_MESSAGE(std::chrono::steady_clock::now() < deadline, "morgue-serve did not start");
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

httplib::Client RunningServer::client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_connection_timeout(std::chrono::seconds(30));
    client.set_read_timeout(std::chrono::seconds(120));
    return client;
}

testing::ChildResult RunningServer::stop() {
    child_.kill(SIGTERM);
    return child_.wait();
}

JsonAnswer get(httplib::Client& client, const std::string& path, const httplib::Headers& headers) {
    return answer_of(client.Get(path, headers));
}

JsonAnswer send(httplib::Client& client, const std::string& method, const std::string& path, const std::string& body,
                const httplib::Headers& headers) {
    if (method == "POST") return answer_of(client.Post(path, headers, body, "application/x-ndjson"));
    if (method == "DELETE") return answer_of(client.Delete(path, headers));
    FAIL("unknown method " << method);
    return {};
}

nlohmann::json comparable(nlohmann::json response) {
    response.erase("elapsed_ms");
    return response;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& parameters) {
    std::string out;
    for (const auto& [name, value] : parameters) out += (out.empty() ? "?" : "&") + name + "=" + percent_encoded(value);
    return out;
}

}  // namespace morgue::serve_test
