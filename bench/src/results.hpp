#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace morgue::bench {

// Everything one benchmark run measured: commit, compiler and flags, machine, library versions,
// and per corpus the files written by the earlier steps (corpus.json, index-morgue.json,
// index-fts5.json, queries.json in the corpus's output folder), with morgue's figures as ratios to Lucene's
// and FTS5's (morgue_ratio_to).
// Lucene's files (index-lucene.json, queries-lucene.json) and corpus-stats.json are optional;
// `lucene` is the adapter's version line or why it is absent.
nlohmann::json assemble_results(const std::vector<std::filesystem::path>& corpus_folders, const std::string& commit,
                                const std::string& lucene);

nlohmann::json machine_description();

// The tables: queries per class (p50/p95/p99 for both engines and their ratio), indexing,
// throughput, cold first pass, hit-count agreement.
std::string results_as_text(const nlohmann::json& results);
std::string results_as_markdown(const nlohmann::json& results);
// p50 and p99 per query class, morgue against Lucene and FTS5 (the engines measured), one panel per corpus, log scale.
std::string latency_chart_svg(const nlohmann::json& results);

}  // namespace morgue::bench
