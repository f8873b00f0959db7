#include <morgue/cli.hpp>
#include <morgue/error.hpp>
#include <morgue/printable.hpp>
#include <morgue/version.hpp>
#include <morgue/xapian_error.hpp>

#include <csignal>
#include <iostream>

namespace morgue::cli {
void add_database_option(cxxopts::Options& options) {
    options.add_options()("db", "morgue database folder, or an archive's collection file (shards)", cxxopts::value<std::string>(), "PATH");
}

void add_standard_options(cxxopts::Options& options) {
    options.add_options()("h,help", "print this help and exit")("version", "print the version and exit");
}

bool handle_standard_options(cxxopts::Options& options, const cxxopts::ParseResult& result,
                             const ExitCodeMeanings& exit_codes) {
    if (result.count("help")) {
        std::cout << options.help() << '\n';
        if (!exit_codes.empty()) {
            std::cout << "Exit codes:\n";
            for (const auto& [code, meaning] : exit_codes)
                std::cout << "  " << static_cast<int>(code) << "  " << meaning << '\n';
        }
        return true;
    }
    if (result.count("version")) {
        std::cout << options.program() << " " << kVersion << '\n';
        return true;
    }
    return false;
}

std::string database_path(const cxxopts::ParseResult& result) {
    if (!result.count("db")) throw UsageError("--db PATH is required (the morgue database folder)");
    return result["db"].as<std::string>();
}

int run_main(const char* program, const std::function<int()>& body) {
    std::signal(SIGPIPE, SIG_IGN);
    try {
        return body();
    } catch (const cxxopts::exceptions::exception& e) {
        std::cerr << program << ": " << printable(e.what()) << " (see " << program << " --help)\n";
        return kExitUsage;
    } catch (const UsageError& e) {
        std::cerr << program << ": " << printable(e.what()) << " (see " << program << " --help)\n";
        return kExitUsage;
    } catch (const QueryError& e) {
        std::cerr << program << ": bad query: " << printable(e.what()) << '\n';
        return kExitUsage;
    } catch (const RequestError& e) {
        std::cerr << program << ": " << e.what() << " (see " << program << " --help)\n";
        return kExitUsage;
    } catch (const Error& e) {
        std::cerr << program << ": error: " << printable(e.what()) << '\n';
        return kExitFailure;
    } catch (const std::exception& e) {
        std::cerr << program << ": internal error: " << printable(e.what()) << '\n';
        return kExitFailure;
    } catch (const Xapian::Error& e) {
        // Every Xapian call should be wrapped where it names what failed; this is the last resort,
        // so that a missed one still ends in a message and an exit code instead of an abort.
        std::cerr << program << ": internal error: unexpected database error: " << printable(xapian_error_text(e))
                  << '\n';
        return kExitFailure;
    } catch (...) {
        std::cerr << program << ": internal error: unknown exception\n";
        return kExitFailure;
    }
}

}  // namespace morgue::cli
