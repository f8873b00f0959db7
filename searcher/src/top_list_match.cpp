#include "top_list_match.hpp"
#include "id_sources.hpp"

#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace morgue {
namespace {

// A top list's documents, scored from the wdfs the list stores exactly as RankingWeight would
// score their postings: no posting list is read.
Xapian::Query scored_list(TopList list, const std::vector<TermScorer>& scorers) {
    const std::size_t width = scorers.size();
    std::vector<double> scores;
    scores.reserve(list.ids.size());
    for (std::size_t row = 0; row < list.ids.size(); ++row) {
        double score = 0;
        for (std::size_t t = 0; t < width; ++t)
            if (const Xapian::termcount wdf = list.wdfs[row * width + t]) score += scorers[t](wdf);
        scores.push_back(score);
    }
    return Xapian::Query((new ScoredIdsSource(std::move(list.ids), std::move(scores)))->release());
}

// The term whose top list would answer `query`, if any: the body word of a plain one-word query,
// or the headline term of headline:word.
std::optional<std::string> list_term_of(const Xapian::Query& query) {
    const std::vector<std::string> terms(query.get_unique_terms_begin(), query.get_unique_terms_end());
    std::optional<std::string> candidate;
    for (const std::string& term : terms) {
        if (is_prefixed_term(term)) continue;
        if (candidate) return std::nullopt;
        candidate = term;
    }
    if (!candidate && terms.size() == 1) candidate = terms.front();
    if (!candidate) return std::nullopt;
    const std::optional<ListedQuery> listed = query_listed_by(*candidate);
    if (!listed || listed->query.serialise() != query.serialise()) return std::nullopt;
    return candidate;
}

}  // namespace

std::optional<PlannedMatch> top_list_match(const Xapian::Database& db, Xapian::docid up_to, const Xapian::Query& query,
                                           std::size_t wanted, bool exact_count, const FieldLengths& lengths) {
    const std::optional<std::string> term = list_term_of(query);
    if (!term) return std::nullopt;
    const std::string encoded = db.get_metadata(top_list_key(*term));
    if (encoded.empty()) return std::nullopt;
    const std::vector<ListedTerm> terms = query_listed_by(*term)->terms;
    TopList list = decode_top_list(encoded, terms.size());
    if (wanted > list.ids.size()) return std::nullopt;
    (void)exact_count;  // one term: its frequency is the exact count
    const Xapian::doccount matches = db.get_termfreq(terms[0].term);

    std::vector<TermScorer> scorers;
    for (const ListedTerm& listed : terms)
        scorers.emplace_back(lengths, listed.field->weight, db.get_termfreq(listed.term), db.get_doccount());
    Xapian::Query restricted = scored_list(std::move(list), scorers);
    if (db.get_lastdocid() > up_to) {
        const Xapian::Query newer((new NewerSource(up_to))->release());
        restricted =
            Xapian::Query(Xapian::Query::OP_OR, restricted, Xapian::Query(Xapian::Query::OP_FILTER, query, newer));
    }
    return PlannedMatch{std::move(restricted), matches, true};
}

}  // namespace morgue
