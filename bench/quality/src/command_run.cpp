#include "commands.hpp"
#include "judged_collections.hpp"
#include "known_items.hpp"
#include "morgue_side.hpp"
#include "query_text.hpp"
#include "search_modes.hpp"
#include "task_files.hpp"

#include <cxxopts.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace morgue::quality {
namespace {

namespace fs = std::filesystem;

struct RunPlan {
    fs::path out{};
    std::vector<const SearchMode*> modes{};
    std::size_t judged_depth = 100;
    std::size_t known_item_depth = 10;
};

std::vector<std::string> comma_list(const std::string& text) {
    std::vector<std::string> items;
    std::istringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) items.push_back(item);
    return items;
}

// ir-judged names its folders in lower case: CISI -> cisi.
std::string folder_of(std::string name) {
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Writes a task's queries and judgments and morgue's run in each mode; returns its manifest entry.
TaskEntry run_task(const RunPlan& plan, const fs::path& database, Collection task, const std::string& docs,
                   std::size_t depth) {
    const fs::path dir = plan.out / task.name;
    for (auto& query : task.queries) query.text = plain_query(query.text);
    write_queries(dir / "queries.tsv", task.queries);
    write_qrels(dir / "qrels.txt", task.qrels);
    for (const SearchMode* mode : plan.modes) {
        const auto start = std::chrono::steady_clock::now();
        write_run(dir / ("run-morgue-" + std::string(mode->name) + ".txt"), "morgue-" + std::string(mode->name),
                  run_queries(database, task.queries, *mode, depth));
        std::cerr << "morgue-quality: " << task.name << ": " << task.queries.size() << " queries, morgue " << mode->name
                  << ", in " << seconds_since(start) << " s\n";
    }
    return {task.name, task.kind, docs, depth};
}

void run_judged(const RunPlan& plan, const fs::path& judged_dir, const std::string& name, std::vector<TaskEntry>& tasks) {
    const fs::path dir = judged_dir / folder_of(name);
    if (!fs::is_directory(dir)) {
        std::cerr << "morgue-quality: " << name << ": SKIPPED (" << dir.string() << " is absent)\n";
        return;
    }
    const auto start = std::chrono::steady_clock::now();
    Collection collection = load_judged_collection(name, dir);
    const std::string docs = collection.name + "/docs.jsonl";
    write_documents_jsonl(plan.out / docs, collection.documents);
    const fs::path database = plan.out / collection.name / "morgue.db";
    index_collection(database, {plan.out / docs});
    std::cerr << "morgue-quality: " << name << ": " << collection.documents.size() << " documents indexed in "
              << seconds_since(start) << " s\n";
    collection.documents.clear();
    tasks.push_back(run_task(plan, database, std::move(collection), docs, plan.judged_depth));
    fs::remove_all(database);
}

void run_reuters(const RunPlan& plan, const fs::path& reuters_dir, std::size_t count, std::uint64_t seed,
                 std::vector<TaskEntry>& tasks) {
    std::vector<fs::path> files;
    if (fs::is_directory(reuters_dir))
        for (const auto& entry : fs::directory_iterator(reuters_dir)) {
            const std::string name = entry.path().filename().string();
            if (name.starts_with("reut2-") && name.ends_with(".sgm")) files.push_back(entry.path());
        }
    if (files.empty()) {
        std::cerr << "morgue-quality: Reuters-21578 known items: SKIPPED (no reut2-*.sgm in " << reuters_dir.string()
                  << ")\n";
        return;
    }
    std::sort(files.begin(), files.end());
    const auto start = std::chrono::steady_clock::now();
    const fs::path database = plan.out / "reuters" / "morgue.db";
    fs::create_directories(database.parent_path());
    index_collection(database, files);
    // Lucene reads the articles morgue stored, so both engines hold exactly the same text.
    const std::vector<Document> documents = stored_documents(database);
    const std::string docs = "reuters/docs.jsonl";
    write_documents_jsonl(plan.out / docs, documents);
    std::cerr << "morgue-quality: Reuters-21578: " << documents.size() << " articles indexed in "
              << seconds_since(start) << " s\n";
    tasks.push_back(run_task(plan, database, headline_known_items(documents, count, seed), docs, plan.known_item_depth));
    tasks.push_back(
        run_task(plan, database, body_words_known_items(documents, count, seed + 1), docs, plan.known_item_depth));
    fs::remove_all(database);
}

}  // namespace

int command_run(int argc, char** argv) {
    cxxopts::Options options("morgue-quality run",
                             "Write the quality tasks (documents, queries, judgments) into --out and morgue's runs.");
    options.add_options()
        ("judged", "folder of the judged collections (ir-judged)", cxxopts::value<std::string>()->default_value("../shared/corpora/ir-judged"))
        ("reuters", "folder of Reuters-21578 (reut2-*.sgm)", cxxopts::value<std::string>()->default_value("../shared/corpora/reuters21578"))
        ("out", "output folder", cxxopts::value<std::string>()->default_value("bench-out/quality"))
        ("collections", "judged collections, comma-separated", cxxopts::value<std::string>()->default_value("CISI,MED,CRAN,CACM,NPL,LISA"))
        ("modes", "morgue search modes, comma-separated (default, all, any, default+expand, any+expand)", cxxopts::value<std::string>()->default_value("default,any"))
        ("known-items", "queries per Reuters known-item task (0: none)", cxxopts::value<std::size_t>()->default_value("300"))
        ("seed", "seed of the known-item draw", cxxopts::value<std::uint64_t>()->default_value("42"))
        ("h,help", "show this help");
    const auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help() << '\n';
        return 0;
    }
    RunPlan plan;
    plan.out = args["out"].as<std::string>();
    for (const auto& name : comma_list(args["modes"].as<std::string>())) plan.modes.push_back(&search_mode(name));
    fs::create_directories(plan.out);
    std::vector<TaskEntry> tasks;
    for (const auto& name : comma_list(args["collections"].as<std::string>())) run_judged(plan, args["judged"].as<std::string>(), name, tasks);
    if (args["known-items"].as<std::size_t>() > 0)
        run_reuters(plan, args["reuters"].as<std::string>(), args["known-items"].as<std::size_t>(),
                    args["seed"].as<std::uint64_t>(), tasks);
    write_tasks(plan.out / "tasks.tsv", tasks);
    return 0;
}

}  // namespace morgue::quality
