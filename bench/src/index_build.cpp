#include "index_build.hpp"

#include "child_process.hpp"

#include <xapian.h>

#include <stdexcept>

namespace morgue::bench {
namespace {

namespace fs = std::filesystem;

std::uint64_t input_bytes(const std::vector<std::string>& inputs) {
    std::uint64_t bytes = 0;
    for (const auto& input : inputs) {
        if (fs::is_regular_file(input)) bytes += fs::file_size(input);
        else if (fs::is_directory(input))
            for (const auto& entry : fs::recursive_directory_iterator(input))
                if (entry.is_regular_file()) bytes += entry.file_size();
    }
    return bytes;
}

// Bytes per Xapian table (postlist, position, termlist, docdata, ...) and in all.
nlohmann::json database_sizes(const fs::path& database, std::uint64_t articles) {
    nlohmann::json tables = nlohmann::json::object();
    std::uint64_t total = 0;
    for (const auto& entry : fs::directory_iterator(database)) {
        if (!entry.is_regular_file()) continue;
        total += entry.file_size();
        if (entry.path().extension() == ".glass") tables[entry.path().stem().string()] = entry.file_size();
    }
    const std::uint64_t stored = tables.value("docdata", std::uint64_t{0});
    const auto per_article = [articles](std::uint64_t bytes) {
        return articles ? static_cast<double>(bytes) / static_cast<double>(articles) : 0.0;
    };
    return {{"bytes", total}, {"stored_text_bytes", stored}, {"index_bytes", total - stored},
            {"bytes_per_article", per_article(total)}, {"index_bytes_per_article", per_article(total - stored)},
            {"stored_bytes_per_article", per_article(stored)}, {"tables", tables}};
}

ChildRun run_checked(const std::vector<std::string>& argv, bool partial_ok) {
    const ChildRun run = run_child(argv);
    if (run.exit_code != 0 && !(partial_ok && run.exit_code == 1))
        throw std::runtime_error(argv[0] + " failed with exit code " + std::to_string(run.exit_code));
    return run;
}

}  // namespace

nlohmann::json build_morgue_index(const IndexBuildPlan& plan) {
    fs::remove_all(plan.database);
    fs::remove_all(plan.compacted);
    std::vector<std::string> index_argv{plan.indexer, "--db", plan.database.string(), "--quiet"};
    index_argv.insert(index_argv.end(), plan.indexer_flags.begin(), plan.indexer_flags.end());
    index_argv.insert(index_argv.end(), plan.inputs.begin(), plan.inputs.end());
    const ChildRun index = run_checked(index_argv, true);  // exit 1: some articles rejected, reported
    const ChildRun compact = run_checked({plan.compactor, plan.database.string(), plan.compacted.string()}, false);

    const std::uint64_t articles = Xapian::Database(plan.database.string()).get_doccount();
    const std::uint64_t bytes = input_bytes(plan.inputs);
    return {{"engine", "morgue"},
            {"articles", articles},
            {"input_bytes", bytes},
            {"seconds", index.seconds},
            {"cpu_seconds", index.cpu_seconds},
            {"articles_per_second", static_cast<double>(articles) / index.seconds},
            {"mb_per_second", static_cast<double>(bytes) / 1e6 / index.seconds},
            {"peak_rss_kb", index.peak_rss_kb},
            {"indexer_exit_code", index.exit_code},
            {"indexer_flags", plan.indexer_flags},
            {"compact_seconds", compact.seconds},
            {"before_compaction", database_sizes(plan.database, articles)},
            {"after_compaction", database_sizes(plan.compacted, articles)}};
}

}  // namespace morgue::bench
