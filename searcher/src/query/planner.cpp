#include "query/planner.hpp"

#include <morgue/schema.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

namespace morgue {
namespace {

bool included(const LogicalNode& node) { return node.sign != Sign::Excluded; }

// A word alone, or a word with filters joined by AND or juxtaposition: under every default
// operator its matches are the word's matches that pass the filters, scored by the word alone.
std::optional<Plan> word_with_filters(const LogicalNode& root) {
    if (!included(root)) return std::nullopt;
    if (auto term = listed_term_of(root)) return Plan{PlanKind::TopList, *term, {}, false};
    if (root.kind != LogicalKind::Boolean || root.combine == Combine::Or) return std::nullopt;
    Plan plan{PlanKind::TopList, {}, {}, false};
    for (const LogicalNode& child : root.children) {
        if (child.kind == LogicalKind::Empty) continue;
        if (!included(child)) return std::nullopt;
        if (child.is_filter()) {
            plan.filters.push_back(&child);
            continue;
        }
        const std::optional<std::string> term = listed_term_of(child);
        if (!term || !plan.listed_term.empty()) return std::nullopt;
        plan.listed_term = *term;
    }
    if (plan.listed_term.empty()) return std::nullopt;
    return plan;
}

}  // namespace

std::optional<std::string> listed_term_of(const LogicalNode& node) {
    if (node.kind != LogicalKind::Term || node.words.fields.size() != 1 || node.words.stems.front().size() != 1)
        return std::nullopt;
    const std::string term = text_term(*node.words.fields.front(), node.words.stems.front().front());
    if (!query_listed_by(term)) return std::nullopt;  // a field that gets no lists
    return term;
}

Plan plan_search(const LogicalQuery& query, const SearchRequest& request, const PlanInputs& inputs) {
    if (request.sort != SortOrder::Relevance) return Plan{PlanKind::DateSorted, {}, {}, false};
    // Expanded, the query is no longer the one word a list answers.
    if (request.recent_half_life_days && inputs.dated) return Plan{PlanKind::Decayed, {}, {}, request.expand};
    if (inputs.top_lists && request.accelerated && !request.expand)
        if (std::optional<Plan> plan = word_with_filters(query.root)) return *plan;
    return Plan{PlanKind::FullMatch, {}, {}, request.expand};
}

}  // namespace morgue
