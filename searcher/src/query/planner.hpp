#pragma once

#include "query/logical_query.hpp"

#include <morgue/searcher.hpp>

#include <optional>
#include <string>
#include <vector>

namespace morgue {

// How a request is answered. The planner decides from the logical query and the request alone
// (never from a lowered Xapian query); the searcher then lowers what the plan needs.
enum class PlanKind {
    TopList,     // one frequent word (with filters): its precomputed best matches, when they hold the page
    DateSorted,  // sorted by date: growing windows of recent days (date_sorted_match.hpp)
    Decayed,     // ranked with a recency decay: a window of the best matches re-ranked (recency.hpp)
    FullMatch,   // ranked over every match
};

struct Plan {
    PlanKind kind = PlanKind::FullMatch;
    // TopList: the term whose list answers the word (its body term, or its headline term for
    // headline:word), and the filters that restrict it (keyword, id and date filters of the
    // query). The request's --from/--to restrict too; the searcher adds them.
    std::string listed_term;
    std::vector<const LogicalNode*> filters;
    // FullMatch and Decayed: the query gains the words its best matches share (query_expansion.hpp).
    bool expand = false;
};

// What the planner may use besides the query.
struct PlanInputs {
    bool top_lists = false;  // the database has valid top lists (and one shard: list ids are its ids)
    bool dated = false;      // some article has a date (a recency decay needs one)
};

// The plan for `query`. The top-list plan is only a
// first choice: the searcher falls back to the full match when the list cannot fill the page.
Plan plan_search(const LogicalQuery& query, const SearchRequest& request, const PlanInputs& inputs);

// The term whose top list answers `node` ranked alone, if it is one word of one stem searched in
// the article text or in the headline: nullopt otherwise.
std::optional<std::string> listed_term_of(const LogicalNode& node);

}  // namespace morgue
