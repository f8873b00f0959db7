#pragma once

#include "collection.hpp"
#include "search_modes.hpp"
#include "task_files.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace morgue::quality {

// Indexes the inputs (files morgue-index reads: JSON Lines, Reuters SGML...) through the public
// Indexer and index_inputs into a new database at `database`, then builds the top lists as
// morgue-index does, so one-word queries take the path they take for users. Problems met in the
// input are printed on stderr; throws when an article is skipped, since a lost document would
// bias every measure.
void index_collection(const std::filesystem::path& database, const std::vector<std::filesystem::path>& inputs);

// Every query through Searcher::search in this mode, top `depth`; a query morgue refuses prints
// its error and counts as no hits.
std::vector<std::pair<std::string, Ranking>> run_queries(const std::filesystem::path& database,
                                                         const std::vector<Query>& queries, const SearchMode& mode,
                                                         std::size_t depth);

// The articles stored in a morgue database (id, headline, body), by numeric id.
std::vector<Document> stored_documents(const std::filesystem::path& database);

}  // namespace morgue::quality
