// morgue-quality: ranking quality on judged collections and known-item queries, morgue beside Lucene.
#include "commands.hpp"

#include <cxxopts.hpp>

#include <exception>
#include <iostream>
#include <string>

namespace {

constexpr const char* kUsage =
    "usage: morgue-quality COMMAND [options]   (COMMAND --help for its options)\n"
    "  run       write the collections, queries and judgments; index and search them with morgue\n"
    "  evaluate  score every engine's run files (MAP, nDCG@10, P@10; success@1/@3, MRR@10) side by side\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace morgue::quality;
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    const std::string command = argv[1];
    try {
        if (command == "run") return command_run(argc - 1, argv + 1);
        if (command == "evaluate") return command_evaluate(argc - 1, argv + 1);
        std::cerr << kUsage;
        return 2;
    } catch (const cxxopts::exceptions::exception& e) {
        std::cerr << "morgue-quality " << command << ": " << e.what() << '\n';
        return 2;
    } catch (const std::invalid_argument& e) {
        std::cerr << "morgue-quality " << command << ": " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "morgue-quality " << command << ": " << e.what() << '\n';
        return 3;
    }
}
