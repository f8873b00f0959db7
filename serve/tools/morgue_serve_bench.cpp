// morgue-serve-bench: requests/s and latency percentiles of a running morgue-serve, at several
// numbers of concurrent clients (each a thread with its own keep-alive connection).
#include <morgue/cli.hpp>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <thread>

namespace {

using namespace morgue;
using Clock = std::chrono::steady_clock;

// Searches of the kinds people type over a news archive (words, phrases, fields, facets, dates, sorts).
const std::vector<std::string> kDefaultPaths = {
    "/search?q=cocoa",
    "/search?q=oil+prices",
    "/search?q=%22interest+rates%22&sort=newest",
    "/search?q=headline%3Agold&facet=month",
    "/search?q=bank+NEAR%2F3+rates",
    "/search?q=topic%3Agrain&facet=place&facet=month",
    "/search?q=econom*&match=any",
    "/search?q=dollar&from=1987-03&to=1987-04&sort=oldest",
    "/search?q=coffee+brazil&limit=20&offset=10",
    "/articles/1000",
};

struct Round {
    std::size_t clients = 0;
    std::size_t requests = 0;
    std::size_t errors = 0;
    double seconds = 0;
    std::vector<double> latencies_ms;
};

double percentile(std::vector<double> sorted, double p) {
    if (sorted.empty()) return 0;
    const auto at = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(at, sorted.size() - 1)];
}

Round measure(const std::string& host, int port, const std::vector<std::string>& paths, std::size_t clients,
              std::size_t requests) {
    Round round{clients, requests, 0, 0, {}};
    std::atomic<std::size_t> next = 0, errors = 0;
    std::vector<std::vector<double>> latencies(clients);
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (std::size_t c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            httplib::Client client(host, port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            for (std::size_t i = next++; i < requests; i = next++) {
                const auto sent = Clock::now();
                const auto result = client.Get(paths[i % paths.size()]);
                latencies[c].push_back(std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
                if (!result || (result->status != 200 && result->status != 404)) ++errors;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    round.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    round.errors = errors;
    for (const auto& some : latencies) round.latencies_ms.insert(round.latencies_ms.end(), some.begin(), some.end());
    std::sort(round.latencies_ms.begin(), round.latencies_ms.end());
    return round;
}

// A whole number 1..maximum given as an option. (Read here rather than by cxxopts, whose integer
// parser trips a false -Wrestrict of GCC 12 in this program.)
std::size_t count(const std::string& text, const std::string& option, std::size_t maximum) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value == 0 || value > maximum)
        throw cli::UsageError(option + " '" + text + "' is not a number from 1 to " + std::to_string(maximum));
    return value;
}

int run(int argc, char** argv) {
    cxxopts::Options options("morgue-serve-bench", "Measure a running morgue-serve: requests/s, p50 and p99.");
    options.add_options()
        ("host", "server address", cxxopts::value<std::string>()->default_value("127.0.0.1"), "HOST")
        ("port", "server port", cxxopts::value<std::string>(), "PORT")
        ("clients", "concurrent clients per round (repeatable)", cxxopts::value<std::vector<std::string>>(), "N")
        ("requests", "requests per round", cxxopts::value<std::string>()->default_value("2000"), "N")
        ("paths", "file of request paths, one a line (default: a built-in mix of searches)",
         cxxopts::value<std::string>(), "FILE");
    cli::add_standard_options(options);
    const auto args = options.parse(argc, argv);
    if (cli::handle_standard_options(options, args)) return cli::kExitOk;
    if (!args.count("port")) throw cli::UsageError("--port PORT is required (the port morgue-serve printed)");
    std::vector<std::string> paths = kDefaultPaths;
    if (args.count("paths")) {
        paths.clear();
        std::ifstream in(args["paths"].as<std::string>());
        if (!in) throw cli::UsageError("cannot read " + args["paths"].as<std::string>());
        for (std::string line; std::getline(in, line);)
            if (!line.empty()) paths.push_back(line);
        if (paths.empty()) throw cli::UsageError("no paths in " + args["paths"].as<std::string>());
    }
    std::vector<std::size_t> rounds = {1, 4, 16};
    if (args.count("clients")) {
        rounds.clear();
        for (const std::string& clients : args["clients"].as<std::vector<std::string>>()) {
            rounds.push_back(count(clients, "--clients", 1024));
        }
    }
    const std::size_t requests = count(args["requests"].as<std::string>(), "--requests", 10'000'000);
    const std::string host = args["host"].as<std::string>();
    const int port = static_cast<int>(count(args["port"].as<std::string>(), "--port", 65535));

    measure(host, port, paths, 1, paths.size());  // warm the server's caches and searchers
    std::cout << "clients  requests  errors  requests/s  p50 ms  p99 ms\n" << std::fixed;
    for (const std::size_t clients : rounds) {
        const Round round = measure(host, port, paths, std::max<std::size_t>(clients, 1), requests);
        std::cout << std::setw(7) << round.clients << std::setw(10) << round.requests << std::setw(8) << round.errors
                  << std::setw(12) << std::setprecision(0) << static_cast<double>(round.requests) / round.seconds
                  << std::setw(8) << std::setprecision(2) << percentile(round.latencies_ms, 0.50) << std::setw(8)
                  << percentile(round.latencies_ms, 0.99) << '\n';
    }
    return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    return morgue::cli::run_main("morgue-serve-bench", [&] { return run(argc, argv); });
}
