#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

namespace morgue {

// Pseudo-relevance feedback (`--expand`): the words that the best matches of a query share, and
// that the rest of the archive seldom holds, join the query with a small weight, so that articles
// about the same thing in other words rank higher. Opt-in: it costs a second match, and for
// known-item searches (a headline remembered) it only adds noise.
inline constexpr Xapian::doccount kFeedbackArticles = 10;  // the best matches read for their words
inline constexpr std::size_t kExpansionWords = 20;
inline constexpr Xapian::doccount kMinFeedbackArticles = 2;  // a word of one article is that article's
inline constexpr double kExpansionWeight = 0.3;              // the best expansion word's share of a query word

struct ExpansionWord {
    std::string term;
    double weight;  // in (0, kExpansionWeight]
};

// The article-text words of `feedback` that are not in `query_terms`, best first: by the share of
// the feedback articles holding them times their rarity in the archive (log N/df).
std::vector<ExpansionWord> expansion_words(const Xapian::Database& db, const Xapian::MSet& feedback,
                                           const std::set<std::string>& query_terms);

// `query` with the words added: any of them may match (op OR), or they only re-rank the articles
// `query` matches (OP_AND_MAYBE, for a query whose every word is required).
Xapian::Query expanded_query(const Xapian::Query& query, const std::vector<ExpansionWord>& words, Xapian::Query::op op);

}  // namespace morgue
