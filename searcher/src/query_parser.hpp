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

// How words with no operator between them combine: all must match, any may, or most: any may,
// and an article's score counts first how many of the words it holds (common words, found in
// more than kCommonWordShare of the archive, neither count nor make an article match), then how
// well (BM25F). Phrases, +words and parts joined by explicit operators stay required.
enum class DefaultOperator { All, Any, Most };

// What each word an article holds adds to its score under DefaultOperator::Most, for queries of
// up to kStrictCountWords counted words: more than the BM25F score of any query, so that articles
// holding more of the words always rank first. Longer queries (questions, pasted paragraphs) are
// ranked by score with a smaller bonus per word (kSoftPresenceWeight): no article holds all their
// words, and how well an article matches says more than how many of twenty words it holds.
inline constexpr double kPresenceWeight = 10000;
inline constexpr std::size_t kStrictCountWords = 6;
inline constexpr double kSoftPresenceWeight = 1.0;
inline constexpr double kCommonWordShare = 0.25;

struct ParsedQuery {
    Xapian::Query query;
    std::set<std::string> highlight_stems;  // unprefixed stems of the positive headline/body words, for snippets
    // Words that DefaultOperator::Most made optional (0: the query is the same under All).
    std::size_t optional_words = 0;
    // kPresenceWeight when the words were counted strictly: a score is then the number of words
    // held times this, plus the relevance. 0 otherwise.
    double presence_tier = 0;
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
