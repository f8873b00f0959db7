#pragma once

#include "planned_match.hpp"

#include <morgue/ranking.hpp>

#include <xapian.h>

#include <cstddef>
#include <optional>

namespace morgue {

// A one-word query answered from the word's precomputed top list (see morgue/top_lists.hpp).
// When `query` is the plain query of one frequent word, the database has a top list for it (valid
// up to document `up_to`, see top_lists_up_to), and the page (`wanted` = offset + limit) lies
// within the list: the restricted query. Otherwise nullopt, and the query is run in full.
// The count is exact (the word's frequency), whether or not `exact_count` asks for it.
std::optional<PlannedMatch> top_list_match(const Xapian::Database& db, Xapian::docid up_to, const Xapian::Query& query,
                                           std::size_t wanted, bool exact_count, const FieldLengths& lengths);

}  // namespace morgue
