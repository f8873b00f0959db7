#pragma once

#include <map>
#include <string>
#include <vector>

namespace morgue::quality {

// One document of a judged collection, as both engines index it: title -> headline,
// abstract or text -> body.
struct Document {
    std::string id{};
    std::string headline{};
    std::string body{};
};

struct Query {
    std::string id{};    // the id the judgments use
    std::string text{};  // as written; see plain_query() for what the engines are given
};

// Query id -> document id -> grade (> 0 relevant; larger is better). Only relevant pairs are kept.
using Qrels = std::map<std::string, std::map<std::string, int>>;

// What is measured on a collection: ranked retrieval against judgments, or finding one known item.
enum class TaskKind { Judged, KnownItem };

struct Collection {
    std::string name{};
    TaskKind kind = TaskKind::Judged;
    std::vector<Document> documents{};
    std::vector<Query> queries{};  // only queries that have judgments
    Qrels qrels{};
};

}  // namespace morgue::quality
