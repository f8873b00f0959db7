#pragma once

#include "query/logical_query.hpp"
#include "query/lowering.hpp"
#include "query/query_context.hpp"

#include <cstddef>
#include <string_view>

namespace morgue {

inline constexpr std::size_t kMaxQueryTerms = 1000;
// Parentheses and +/- signs nested deeper than this are refused: the parser recurses on them.
inline constexpr std::size_t kMaxQueryNesting = 100;
// More than kMaxQueryWildcards wildcards are refused: each one scans the words it may expand to,
// so the whole query, not each wildcard, is bounded (they share kWildcardExpansions, lowering.hpp).
inline constexpr std::size_t kMaxQueryWildcards = 20;

// Parses morgue's query language (see docs: words, "phrases", AND OR NOT, -/+, ( ), NEAR[/n],
// field:value, date:from..to, word*) into what it means. Words go through the same Analyzer as
// indexing, stemmed in every language of the context. Throws morgue::QueryError with the byte
// position of the problem, and only for problems of the text.
LogicalQuery parse_logical_query(std::string_view text, const QueryContext& context);

// Parsed and lowered in one step, with juxtaposed parts combined by `op`: filters (date, keyword
// and id fields) always restrict; text parts combine with `op`.
ParsedQuery parse_query(std::string_view text, const QueryContext& context, DefaultOperator op = DefaultOperator::All);

}  // namespace morgue
