#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace morgue::bench {

// Builds the SQLite FTS5 baseline from the articles stored in a morgue database, so that it holds
// exactly what morgue indexed whatever the input format was. Schema: fts5(headline, byline, body,
// tokenize='porter unicode61') plus articles(id = fts rowid, date epoch seconds) with an index on
// date. Returns timings (insert + commit, then 'optimize', reading morgue's data not counted) and
// sizes (total, and per table from dbstat: the index apart from the stored text).
nlohmann::json load_fts5(const std::string& morgue_database, const std::string& sqlite_path);

}  // namespace morgue::bench
