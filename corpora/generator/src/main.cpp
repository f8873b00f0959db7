// morgue-generate-corpus: writes a deterministic synthetic news corpus as JSON Lines.
#include "article_generator.hpp"
#include "corpus_writer.hpp"
#include "news_model.hpp"

#include <cxxopts.hpp>

#include <chrono>
#include <exception>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <vector>
#include <thread>

namespace {

using namespace morgue::generator;

cxxopts::Options make_options() {
    cxxopts::Options options("morgue-generate-corpus",
                             "Write a deterministic synthetic news corpus as JSON Lines (corpus-0000.jsonl, ...).");
    options.add_options()
        ("o,out", "folder to write the files into", cxxopts::value<std::string>(), "DIR")
        ("n,articles", "number of articles", cxxopts::value<std::uint64_t>()->default_value("100000"), "N")
        ("seed", "random seed: the same seed gives the same corpus", cxxopts::value<std::uint64_t>()->default_value("42"), "S")
        ("per-file", "articles per file", cxxopts::value<std::uint64_t>()->default_value("100000"), "N")
        ("threads", "files written at once (0 = one per core)", cxxopts::value<unsigned>()->default_value("0"), "N")
        ("chronological", "dates ascend with the article number, as in an archive exported in date order")
        ("body-lengths", "draw body lengths (words, one number a line) from this file, e.g. Reuters-21578's "
         "as `morgue-bench export --lengths` writes them (default: log-normal, median 90)", cxxopts::value<std::string>(), "FILE")
        ("summary", "also write articles, bytes, files, seed and seconds to this JSON file (keep it outside --out)",
         cxxopts::value<std::string>(), "FILE")
        ("h,help", "show this help");
    return options;
}

std::vector<int> read_lengths(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<int> lengths;
    for (long n; in >> n;)
        if (n >= 0) lengths.push_back(static_cast<int>(std::min(n, 100000L)));
    if (lengths.empty()) throw std::runtime_error(path + ": no body lengths");
    return lengths;
}

int run(int argc, char** argv) {
    auto options = make_options();
    const auto args = options.parse(argc, argv);
    if (args.count("help") || !args.count("out")) {
        std::cout << options.help() << '\n';
        return args.count("help") ? 0 : 2;
    }
    const auto seed = args["seed"].as<std::uint64_t>();
    CorpusLayout layout{args["out"].as<std::string>(), args["articles"].as<std::uint64_t>(),
                        std::max<std::uint64_t>(1, args["per-file"].as<std::uint64_t>())};
    layout.threads = args["threads"].as<unsigned>();
    if (layout.threads == 0) layout.threads = std::max(1u, std::thread::hardware_concurrency());
    ArticleShape shape;
    shape.chronological = args.count("chronological") > 0;
    shape.articles = layout.articles;
    if (args.count("body-lengths")) shape.body_lengths = read_lengths(args["body-lengths"].as<std::string>());

    const auto start = std::chrono::steady_clock::now();
    Random model_random(seed);
    const NewsModel model(model_random);
    const ArticleGenerator generator(model, seed, shape);
    const CorpusTotals totals = write_corpus(generator, layout);
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    if (args.count("summary")) {
        std::ofstream summary(args["summary"].as<std::string>());
        summary << nlohmann::json{{"articles", totals.articles}, {"bytes", totals.bytes}, {"files", totals.files},
                                  {"seed", seed}, {"chronological", shape.chronological}, {"seconds", seconds.count()},
                                  {"body_lengths", args.count("body-lengths") ? args["body-lengths"].as<std::string>() : std::string("log-normal")},
                                  {"threads", layout.threads}}.dump(2) << '\n';
    }
    std::cerr << "wrote " << totals.articles << " articles (" << totals.bytes << " bytes) in " << totals.files
              << " files to " << layout.folder.string() << " in " << seconds.count() << " s\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const cxxopts::exceptions::exception& e) {
        std::cerr << "morgue-generate-corpus: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "morgue-generate-corpus: " << e.what() << '\n';
        return 1;
    }
}
