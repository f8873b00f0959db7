// morgue-serve: morgue's HTTP JSON API and search page over one database.
#include "bearer_token.hpp"

#include <morgue/cli.hpp>
#include <morgue/server.hpp>

#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <iostream>
#include <thread>

namespace {

using namespace morgue;

cxxopts::Options make_options() {
    cxxopts::Options options("morgue-serve", "Answer searches over a morgue database by HTTP (JSON API and a search page).");
    cli::add_database_option(options);
    options.add_options()
        ("listen", "address to listen on; port 0 picks a free one (printed on the first line)",
         cxxopts::value<std::string>()->default_value("127.0.0.1:8080"), "HOST:PORT")
        ("threads", "worker threads, each with its own searcher", cxxopts::value<unsigned>()->default_value("8"), "N")
        ("writable", "accept POST /articles and DELETE /articles/ID (needs --token-file)")
        ("token-file", "file whose first line is the bearer token writes need", cxxopts::value<std::string>(), "FILE")
        ("token-for-reads", "make searches and reads need the token too")
        ("max-limit", "most hits one page may ask for", cxxopts::value<std::size_t>()->default_value("1000"), "N")
        ("max-body-bytes", "largest POST /articles body (413 above)",
         cxxopts::value<std::size_t>()->default_value("67108864"), "N");
    cli::add_standard_options(options);
    return options;
}

const cli::ExitCodeMeanings kExitCodes = {
    {cli::kExitOk, "stopped by SIGINT or SIGTERM, everything written committed"},
    {cli::kExitUsage, "bad option"},
    {cli::kExitFailure, "the database could not be opened or written, or the address could not be bound"},
};

// "HOST:PORT", the host possibly in brackets ([::1]:8080).
std::pair<std::string, int> parse_listen(const std::string& text) {
    const auto colon = text.rfind(':');
    const std::string usage = "--listen '" + text + "' is not HOST:PORT (127.0.0.1:8080; port 0 picks a free one)";
    if (colon == std::string::npos || colon == 0) throw cli::UsageError(usage);
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    int port = -1;
    const char* first = text.data() + colon + 1;
    const char* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(first, last, port);
    if (first == last || error != std::errc() || end != last || port < 0 || port > 65535) throw cli::UsageError(usage);
    return {host, port};
}

ServerOptions server_options(const cxxopts::ParseResult& args) {
    ServerOptions options;
    options.database = cli::database_path(args);
    std::tie(options.host, options.port) = parse_listen(args["listen"].as<std::string>());
    options.threads = args["threads"].as<unsigned>();
    if (options.threads == 0 || options.threads > 1024) throw cli::UsageError("--threads must be between 1 and 1024");
    options.writable = args.count("writable") > 0;
    options.reads_need_token = args.count("token-for-reads") > 0;
    if (args.count("token-file")) options.token = serve::read_token_file(args["token-file"].as<std::string>());
    if (options.writable && !options.token) throw cli::UsageError("--writable needs --token-file FILE: every write needs a token");
    if (options.reads_need_token && !options.token) throw cli::UsageError("--token-for-reads needs --token-file FILE");
    options.limits.max_limit = args["max-limit"].as<std::size_t>();
    options.limits.max_body_bytes = args["max-body-bytes"].as<std::size_t>();
    return options;
}

int run(int argc, char** argv) {
    auto options = make_options();
    const auto args = options.parse(argc, argv);
    if (cli::handle_standard_options(options, args, kExitCodes)) return cli::kExitOk;
    const ServerOptions serving = server_options(args);

    // SIGINT and SIGTERM are taken by one thread that stops the server, so that run() returns and
    // commits; blocked before any thread starts, so that every thread inherits the mask.
    sigset_t stopping;
    sigemptyset(&stopping);
    sigaddset(&stopping, SIGINT);
    sigaddset(&stopping, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopping, nullptr);

    Server server(serving);
    std::cout << "listening on http://" << (serving.host.find(':') != std::string::npos ? "[" + serving.host + "]" : serving.host)
              << ':' << server.port() << std::endl;
    std::thread stopper([&] {
        int signal = 0;
        sigwait(&stopping, &signal);
        server.stop();
    });
    try {
        server.run();
    } catch (...) {
        pthread_kill(stopper.native_handle(), SIGTERM);
        stopper.join();
        throw;
    }
    pthread_kill(stopper.native_handle(), SIGTERM);  // wakes it if run() ended by itself
    stopper.join();
    return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    return morgue::cli::run_main("morgue-serve", [&] { return run(argc, argv); });
}
