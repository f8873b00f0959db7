#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace morgue::bench {

// The steps of a benchmark run, one subcommand each, so that Makefile.bench can redo only what
// changed. Each takes the arguments after its name and returns an exit code.
int command_index(int argc, char** argv);      // morgue-index + xapian-compact, measured
int command_fts5_load(int argc, char** argv);  // the SQLite FTS5 baseline from morgue's stored articles
int command_workload(int argc, char** argv);   // the standard query workload, drawn from the corpus
int command_run(int argc, char** argv);        // time the queries on both engines
int command_export(int argc, char** argv);     // stored articles as JSON Lines (Lucene) + corpus statistics
int command_report(int argc, char** argv);     // results.json, report.md, latency.svg and the table

void write_json_file(const std::string& path, const nlohmann::json& json);

}  // namespace morgue::bench
