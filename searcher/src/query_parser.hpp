#pragma once

#include <morgue/analyzer.hpp>
#include <morgue/date.hpp>

#include <xapian.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// How words with no operator between them combine: all must match, or any may.
enum class DefaultOperator { All, Any };

struct ParsedQuery {
    Xapian::Query query;
    std::set<std::string> highlight_stems;  // unprefixed stems of the positive headline/body words, for snippets
};

struct QueryContext {
    const Analyzer& analyzer;
    std::vector<std::string> languages;        // stemming languages present in the index, at least one
    std::optional<DateTime> earliest_indexed;  // bounds for open date ranges; nullopt when nothing is dated
    std::optional<DateTime> latest_indexed;
    // Wildcards expand to its most frequent matching terms. Without it, Xapian expands them when
    // matching, and Xapian 1.4 leaks the weight of every expansion past the limit it drops.
    const Xapian::Database* database = nullptr;
};

inline constexpr std::size_t kMaxQueryTerms = 1000;
// Parentheses and +/- signs nested deeper than this are refused: the parser recurses on them.
inline constexpr std::size_t kMaxQueryNesting = 100;
// The wildcards of one query share kWildcardExpansions terms (each of n expands to its
// kWildcardExpansions / n most frequent words), and more than kMaxQueryWildcards are refused:
// each one scans the words it may expand to, so the whole query, not each wildcard, is bounded.
inline constexpr std::size_t kWildcardExpansions = 500;
inline constexpr std::size_t kMaxQueryWildcards = 20;

// Parses morgue's query language (see docs: words, "phrases", AND OR NOT, -/+, ( ), NEAR[/n],
// field:value, date:from..to, word*). Words go through the same Analyzer as indexing, stemmed in
// every language of the context. Filters (date, keyword and id fields) always restrict; text parts
// combine with `op`. Throws morgue::QueryError with the byte position of the problem.
ParsedQuery parse_query(std::string_view text, const QueryContext& context, DefaultOperator op = DefaultOperator::All);

}  // namespace morgue
