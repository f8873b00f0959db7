#include "harness.hpp"

#include <doctest/doctest.h>
#include <xapian.h>

#include <fstream>
#include <algorithm>
#include <random>
#include <sstream>

namespace morgue::robustness {

std::vector<std::string> index_command(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> all{"--db", db};
    all.insert(all.end(), args.begin(), args.end());
    return all;
}

ChildResult morgue_index(const std::string& db, const std::vector<std::string>& args, const ChildOptions& options) {
    return run_child(MORGUE_INDEX_BIN, index_command(db, args), options);
}

ChildResult morgue_search(const std::string& db, const std::vector<std::string>& args, const ChildOptions& options) {
    return run_child(MORGUE_SEARCH_BIN, index_command(db, args), options);
}

SearchAnswer search_answer(const std::string& db, const std::vector<std::string>& query_args) {
    std::vector<std::string> args{"--json", "--no-snippets", "--limit", "20"};
    args.insert(args.end(), query_args.begin(), query_args.end());
    const ChildResult result = morgue_search(db, args);
    INFO("morgue-search stderr: " << result.err);
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    SearchAnswer answer;
    answer.total = json.at("total").get<std::uint64_t>();
    for (const auto& hit : json.at("hits")) answer.ids.push_back(hit.at("id").get<std::string>());
    return answer;
}

std::uint64_t document_count(const std::string& db) { return Xapian::Database(db).get_doccount(); }

bool database_is_consistent(const std::string& db, std::string& report) {
    std::ostringstream out;
    try {
        const std::size_t errors = Xapian::Database::check(db, Xapian::DBCHECK_SHORT_TREE, &out);
        report = out.str();
        return errors == 0;
    } catch (const Xapian::Error& e) {
        report = out.str() + e.get_description();
        return false;
    }
}

namespace {

// Under AddressSanitizer (unoptimised, every access checked) indexing is about ten times slower:
// the long-running tests take the first six files, as many as any of them indexes in one part.
int corpus_files(int all) { return under_address_sanitizer() ? std::min(all, 6) : all; }

// 2,000 articles a file, enough words that indexing takes a few seconds.
Corpus generated_corpus(const std::filesystem::path& dir) {
    static constexpr const char* kWords[] = {"oil", "grain", "bank", "rates", "shares", "profit", "tonnes",
                                             "exports", "coffee", "gold", "dollar", "merger", "crude", "wheat"};
    std::mt19937 random(4);
    const int files = corpus_files(10);
    Corpus corpus{{}, 2000u * static_cast<unsigned>(files), "a generated JSON Lines corpus (../shared/corpora/reuters21578 is absent)", 2000};
    std::filesystem::create_directories(dir);
    for (int file = 0; file < files; ++file) {
        const auto path = dir / ("part-" + std::to_string(file) + ".jsonl");
        std::ofstream out(path);
        for (int i = 0; i < 2000; ++i) {
            std::string body;
            for (int w = 0; w < 150; ++w) body += std::string(kWords[random() % std::size(kWords)]) + " ";
            nlohmann::json article{{"id", "gen-" + std::to_string(file * 2000 + i)},
                                   {"headline", std::string(kWords[random() % std::size(kWords)]) + " news"},
                                   {"date", "1987-03-" + std::to_string(10 + i % 19)},
                                   {"body", body}};
            out << article.dump() << '\n';
        }
        corpus.files.push_back(path.string());
    }
    return corpus;
}

}  // namespace

Corpus big_corpus(const std::filesystem::path& dir) {
    const std::filesystem::path reuters = std::filesystem::path(MORGUE_SHARED_CORPORA) / "reuters21578";
    if (!std::filesystem::exists(reuters / "reut2-000.sgm")) return generated_corpus(dir);
    const int files = corpus_files(22);
    Corpus corpus{{}, files == 22 ? 21'578u : 1000u * static_cast<unsigned>(files),
                  files == 22 ? "Reuters-21578" : "Reuters-21578, its first " + std::to_string(files) + " files", 1000};
    for (int i = 0; i < files; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
        corpus.files.push_back((reuters / name).string());
    }
    return corpus;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    REQUIRE(out.good());
}

std::filesystem::path inputs_dir() { return MORGUE_ROBUSTNESS_INPUTS; }

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

}  // namespace morgue::robustness

// In ASan builds: Debian's libxapian 1.4.22 frees with a mismatched size inside
// Xapian::Database::check (new-delete-type-mismatch in libxapian.so, not in morgue). Only this test
// program calls check, so only it turns that one report off; morgue-index and morgue-search keep it.
extern "C" const char* __asan_default_options() { return "new_delete_type_mismatch=0"; }
