#pragma once

#include "accelerators.hpp"
#include "planned_match.hpp"

#include <morgue/ranking.hpp>

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>

namespace morgue {

// A ranked query of one frequent word, with or without filters, answered from the word's top list
// (see morgue/top_lists.hpp).
struct TopListQuery {
    std::string term;                     // the listed term (plan_search)
    const Xapian::Query* filter;          // the filters it must pass, nullptr for none
    const Xapian::Query& full_query;      // what the plan stands for: matched in full on documents
                                          // the list cannot rank (added or revised since it was built)
    std::size_t wanted;                   // offset + limit
};

// The list holds the word's best matches over the whole archive, ranked as the match ranks them
// (score, then document id), so the best of its documents that pass the filters are the best
// filtered matches overall, as long as at least `wanted` of them pass. Then: the restricted
// query. Otherwise (no list for the word, too short, too few pass): nullopt, and the query is
// matched in full. Without filters the count is exact (the word's frequency); with filters it is
// only the listed documents that pass (a lower bound), marked inexact for the searcher to count.
std::optional<PlannedMatch> top_list_match(const Xapian::Database& db, const Accelerators& accelerators,
                                           const TopListQuery& query, const FieldLengths& lengths);

}  // namespace morgue
