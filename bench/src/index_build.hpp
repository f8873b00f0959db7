#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace morgue::bench {

struct IndexBuildPlan {
    std::string indexer;                     // path of morgue-index
    std::string compactor = "xapian-compact";
    std::filesystem::path database;          // written afresh
    std::filesystem::path compacted;         // the compacted copy queries run on
    std::vector<std::string> inputs;         // files or folders, as morgue-index takes them
    std::vector<std::string> indexer_flags{}; // e.g. --bulk
};

// Runs morgue-index as a child process (wall time, peak RSS from wait4), then xapian-compact, and
// measures both databases: bytes per article, and per Xapian table, so that the stored article
// text (docdata) is reported apart from the index proper. Throws std::runtime_error if a program
// fails.
nlohmann::json build_morgue_index(const IndexBuildPlan& plan);

}  // namespace morgue::bench
