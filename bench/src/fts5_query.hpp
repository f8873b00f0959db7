#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace morgue::bench {

// A morgue query as SQLite FTS5 asks it: a MATCH expression plus a date range on the date column.
struct Fts5Query {
    std::string match;
    std::optional<std::int64_t> from_second;  // inclusive, epoch seconds
    std::optional<std::int64_t> to_second;    // exclusive
};

// Translates the part of morgue's query language the workloads use: words, "phrases", AND, OR,
// NOT, headline:/byline:/body: with a word or phrase, and date:FROM[..TO]. Bare words search
// headline and body, as in morgue's schema. Anything else (groups, NEAR, +/-, other fields,
// wildcards) gives nullopt: the query is then timed for morgue only.
std::optional<Fts5Query> translate_to_fts5(const std::string& morgue_query);

}  // namespace morgue::bench
