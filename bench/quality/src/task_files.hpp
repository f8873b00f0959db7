#pragma once

#include "collection.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace morgue::quality {

// The files of a quality run, shared by morgue-quality and the Lucene program (bench/quality/java):
//   OUT/tasks.tsv                 one task a line: name<TAB>judged|known-item<TAB>docs<TAB>depth
//                                 (docs relative to OUT: several tasks can share one collection)
//   OUT/<collection>/docs.jsonl   the documents, JSON Lines (id, headline, body)
//   OUT/<task>/queries.tsv        id<TAB>query, as both engines are given it (plain_query)
//   OUT/<task>/qrels.txt          TREC qrels: query 0 doc grade
//   OUT/<task>/run-<engine>.txt   TREC run: query Q0 doc rank score engine
struct TaskEntry {
    std::string name{};
    TaskKind kind = TaskKind::Judged;
    std::string docs{};
    std::size_t depth = 0;
};

// Document ids in rank order, per query id.
using Ranking = std::vector<std::string>;
using Run = std::map<std::string, Ranking>;

const char* task_kind_name(TaskKind kind);

void write_documents_jsonl(const std::filesystem::path& file, const std::vector<Document>& documents);
void write_queries(const std::filesystem::path& file, const std::vector<Query>& queries);
void write_qrels(const std::filesystem::path& file, const Qrels& qrels);
void write_run(const std::filesystem::path& file, const std::string& engine,
               const std::vector<std::pair<std::string, Ranking>>& rankings);
void write_tasks(const std::filesystem::path& file, const std::vector<TaskEntry>& tasks);

// Readers throw std::runtime_error naming the file and line of anything malformed.
Qrels read_qrels(const std::filesystem::path& file);
Run read_run(const std::filesystem::path& file);  // ordered by the rank column
std::vector<TaskEntry> read_tasks(const std::filesystem::path& file);

}  // namespace morgue::quality
