#pragma once

#include "query/logical_query.hpp"
#include "query/query_context.hpp"

#include <xapian.h>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace morgue {

// How words with no operator between them combine: all must match, any may, or most: any may,
// and an article's score counts first how many of the words it holds (common words, found in
// more than kCommonWordShare of the archive, neither count nor make an article match), then how
// well (BM25F). Phrases, +words and parts joined by explicit operators stay required.
enum class DefaultOperator { All, Any, Most };

// What each word an article holds adds to its score under DefaultOperator::Most, for queries of
// up to kStrictCountWords counted words: more than the BM25F score of any query, so that articles
// holding more of the words always rank first. Longer queries (questions, pasted paragraphs, a
// headline typed from memory) put the articles holding every counted word first (one tier), then
// rank by BM25F alone, which already rewards holding more of the words: how well an article
// matches says more than how many of twenty it holds. (A bonus of 1.0 per word held lowered MAP
// on all six judged collections, e.g. CISI 0.158 -> 0.149.)
inline constexpr double kPresenceWeight = 10000;
// Among articles holding as many of the words, those whose headline holds every one come first:
// a known headline typed from memory finds its article before longer ones that repeat the words.
inline constexpr double kHeadlineTier = kPresenceWeight / 2;
inline constexpr std::size_t kStrictCountWords = 6;
inline constexpr double kCommonWordShare = 0.25;

// The wildcards of one query share kWildcardExpansions terms (each of n expands to its
// kWildcardExpansions / n most frequent words).
inline constexpr std::size_t kWildcardExpansions = 500;

struct ParsedQuery {
    Xapian::Query query;
    std::set<std::string> highlight_stems;  // unprefixed stems of the positive headline/body words, for snippets
    // Words that DefaultOperator::Most made optional (0: the query is the same under All).
    std::size_t optional_words = 0;
    // kPresenceWeight when the words were counted: a score is then tiers times this, plus the
    // relevance; a tier is a word held, or with tier_is_all_words (long queries) all of them. 0 otherwise.
    double presence_tier = 0;
    bool tier_is_all_words = false;
    // kHeadlineTier when an article whose headline holds every counted word gets it on top of its
    // tiers (a score is then tiers, this, and the relevance). 0 otherwise.
    double headline_tier = 0;
};

// The one place a logical query becomes a Xapian query. One lowering serves every form of a
// request (strict and relaxed), so a wildcard scans the vocabulary once per request.
class QueryLowering {
public:
    QueryLowering(const LogicalQuery& query, const QueryContext& context);

    // The whole query, with juxtaposed parts combined by `op`.
    ParsedQuery lower(DefaultOperator op);
    // One node alone, as a filter would restrict (its weight is irrelevant): for the planner's filters.
    Xapian::Query lower_filter(const LogicalNode& node);
    // `query` restricted to the request's --from/--to days, if any (nothing when nothing is dated).
    Xapian::Query within_request_dates(const Xapian::Query& query, const std::optional<DateRange>& dates) const;

    struct Lowered;  // a node's query and what combining it needs (query_lowering.cpp)

private:
    Lowered lower_node(const LogicalNode& node, DefaultOperator op, ParsedQuery& out);
    Lowered most_of(std::vector<Lowered> parts, ParsedQuery& out) const;
    Xapian::Query wildcard_query(const std::string& term_prefix);
    Xapian::Query expand_wildcard(const std::string& term_prefix) const;
    Xapian::Query date_filter(const DateRange& range) const;
    bool is_common(const std::vector<std::string>& terms) const;

    const LogicalQuery& query_;
    const QueryContext& context_;
    std::vector<const FieldSpec*> default_fields_;
    std::map<std::string, Xapian::Query> wildcard_expansions_;
    Xapian::termcount wildcard_expansion_;  // per wildcard: the query's share
};

}  // namespace morgue
