// morgue-shard-server: serves morgue databases to morgue-search over Xapian's remote protocol.
#include <morgue/cli.hpp>
#include <morgue/shard_server.hpp>

#include <iostream>

namespace {

using namespace morgue;

cxxopts::Options make_options() {
    cxxopts::Options options(
        "morgue-shard-server",
        "Serve morgue databases to morgue-search over Xapian's remote protocol: name the server as "
        "'remote HOST:PORT' (or, with --stdio, 'remote :morgue-shard-server --stdio DB') in an "
        "archive's collection file.");
    options.positional_help("DATABASE...");
    options.add_options()("port", "listen on this TCP port (0: any free port; the port is printed)",
                          cxxopts::value<int>(),
                          "PORT")("interface", "listen on this address or host name (\"\" for every interface)",
                                  cxxopts::value<std::string>()->default_value("127.0.0.1"),
                                  "ADDRESS")("active-timeout", "drop a client silent this long within an operation",
                                             cxxopts::value<int>()->default_value("15000"),
                                             "MSECS")("idle-timeout", "drop a client idle this long between operations",
                                                      cxxopts::value<int>()->default_value("60000"), "MSECS")(
        "timeout", "set both timeouts", cxxopts::value<int>(), "MSECS")("one-shot", "serve one connection, then exit")(
        "stdio", "serve one client on stdin and stdout (for 'remote :PROGRAM', e.g. over ssh) instead of TCP")(
        "verbose", "print a line as each client comes and goes")("database", "the databases",
                                                                 cxxopts::value<std::vector<std::string>>());
    cli::add_standard_options(options);
    options.parse_positional({"database"});
    return options;
}

const cli::ExitCodeMeanings kExitCodes = {
    {cli::kExitOk, "served until the end (--one-shot, --stdio) or stopped by a signal"},
    {cli::kExitUsage, "bad option"},
    {cli::kExitFailure, "a database could not be opened (or is not a morgue database), or the port is not free"},
};

double seconds(const cxxopts::ParseResult& args, const char* option) {
    const int milliseconds = args.count("timeout") ? args["timeout"].as<int>() : args[option].as<int>();
    if (milliseconds <= 0)
        throw cli::UsageError(std::string("--") + (args.count("timeout") ? "timeout" : option) + " must be positive");
    return milliseconds * 1e-3;
}

int run(int argc, char** argv) {
    auto options = make_options();
    const auto args = options.parse(argc, argv);
    if (cli::handle_standard_options(options, args, kExitCodes)) return cli::kExitOk;
    ShardServerOptions server;
    if (args.count("database")) server.databases = args["database"].as<std::vector<std::string>>();
    if (server.databases.empty())
        throw cli::UsageError("no database given: morgue-shard-server --port PORT DATABASE...");
    server.interface = args["interface"].as<std::string>();
    server.active_timeout_seconds = seconds(args, "active-timeout");
    server.idle_timeout_seconds = seconds(args, "idle-timeout");
    server.one_shot = args.count("one-shot") > 0;
    server.verbose = args.count("verbose") > 0;
    if (args.count("stdio")) {
        if (args.count("port")) throw cli::UsageError("--stdio and --port exclude each other");
        serve_stdio(server);
        return cli::kExitOk;
    }
    if (!args.count("port")) throw cli::UsageError("no --port given (0 for any free port)");
    server.port = args["port"].as<int>();
    if (server.port < 0 || server.port > 65535) throw cli::UsageError("--port must be between 0 and 65535");
    serve_tcp(server, [&](int port) {
        // One line a script can read to learn the port; flushed, since stdout may be a pipe.
        std::cout << "morgue-shard-server: listening on " << (server.interface.empty() ? "*" : server.interface) << ":"
                  << port << std::endl;
    });
    return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    return morgue::cli::run_main("morgue-shard-server", [&] { return run(argc, argv); });
}
