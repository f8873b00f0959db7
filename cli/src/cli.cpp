#include <morgue/cli.hpp>
#include <morgue/error.hpp>
#include <morgue/version.hpp>

#include <iostream>

namespace morgue::cli {
void add_database_option(cxxopts::Options& options) {
    options.add_options()("db", "morgue database folder", cxxopts::value<std::string>(), "PATH");
}

void add_standard_options(cxxopts::Options& options) {
    options.add_options()("h,help", "print this help and exit")("version", "print the version and exit");
}

bool handle_standard_options(cxxopts::Options& options, const cxxopts::ParseResult& result) {
    if (result.count("help")) {
        std::cout << options.help() << '\n';
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
    try {
        return body();
    } catch (const cxxopts::exceptions::exception& e) {
        std::cerr << program << ": " << e.what() << " (see " << program << " --help)\n";
        return kExitUsage;
    } catch (const UsageError& e) {
        std::cerr << program << ": " << e.what() << " (see " << program << " --help)\n";
        return kExitUsage;
    } catch (const QueryError& e) {
        std::cerr << program << ": bad query: " << e.what() << '\n';
        return kExitUsage;
    } catch (const RequestError& e) {
        std::cerr << program << ": " << e.what() << " (see " << program << " --help)\n";
        return kExitUsage;
    } catch (const Error& e) {
        std::cerr << program << ": error: " << e.what() << '\n';
        return kExitFailure;
    } catch (const std::exception& e) {
        std::cerr << program << ": internal error: " << e.what() << '\n';
        return kExitFailure;
    }
}

}  // namespace morgue::cli
