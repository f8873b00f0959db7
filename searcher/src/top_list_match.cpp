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

// A top list's documents, less the revised ones, scored from the wdfs the list stores exactly as
// RankingWeight would score their postings: no posting list is read.
Xapian::Query scored_list(const TopList& list, const std::vector<Xapian::docid>& revised,
                          const std::vector<TermScorer>& scorers) {
    const std::size_t width = scorers.size();
    std::vector<Xapian::docid> ids;
    std::vector<double> scores;
    for (std::size_t row = 0; row < list.ids.size(); ++row) {
        if (std::binary_search(revised.begin(), revised.end(), list.ids[row])) continue;
        double score = 0;
        for (std::size_t t = 0; t < width; ++t)
            if (const Xapian::termcount wdf = list.wdfs[row * width + t]) score += scorers[t](wdf);
        ids.push_back(list.ids[row]);
        scores.push_back(score);
    }
    return Xapian::Query((new ScoredIdsSource(std::move(ids), std::move(scores)))->release());
}

Xapian::doccount count_matches(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount at_most) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, at_most).get_matches_estimated();
}

}  // namespace

std::optional<PlannedMatch> top_list_match(const Xapian::Database& db, const Accelerators& accelerators,
                                           const TopListQuery& query, const FieldLengths& lengths) {
    if (!accelerators.top_lists_up_to) return std::nullopt;
    const std::optional<ListedQuery> listed = query_listed_by(query.term);
    if (!listed) return std::nullopt;
    const std::string encoded = db.get_metadata(top_list_key(query.term));
    if (encoded.empty()) return std::nullopt;
    const TopList list = decode_top_list(encoded, listed->terms.size());
    const std::vector<Xapian::docid>& revised = accelerators.revised;
    if (query.wanted > list.ids.size()) return std::nullopt;  // the page reaches past the list

    std::vector<TermScorer> scorers;
    for (const ListedTerm& term : listed->terms)
        scorers.emplace_back(lengths, term.field->weight, db.get_termfreq(term.term), db.get_doccount());
    Xapian::Query restricted = scored_list(list, revised, scorers);
    const auto listed_count = static_cast<Xapian::doccount>(list.ids.size());
    Xapian::doccount passing = 0;
    if (query.filter) {
        restricted = Xapian::Query(Xapian::Query::OP_FILTER, restricted, *query.filter);
        passing = count_matches(db, restricted, listed_count);
    } else {
        passing = listed_count - static_cast<Xapian::doccount>(std::count_if(
                                     list.ids.begin(), list.ids.end(), [&revised](Xapian::docid id) {
                                         return std::binary_search(revised.begin(), revised.end(), id);
                                     }));
    }
    if (passing < query.wanted) return std::nullopt;

    // Documents the list cannot rank, matched in full: those added since, and those revised.
    std::vector<Xapian::Query> unlisted;
    const Xapian::docid up_to = *accelerators.top_lists_up_to;
    if (db.get_lastdocid() > up_to) unlisted.emplace_back((new NewerSource(up_to))->release());
    if (!revised.empty())
        unlisted.emplace_back((new ScoredIdsSource(revised, std::vector<double>(revised.size(), 0.0)))->release());
    if (!unlisted.empty()) {
        const Xapian::Query which(Xapian::Query::OP_OR, unlisted.begin(), unlisted.end());
        restricted = Xapian::Query(Xapian::Query::OP_OR, restricted,
                                   Xapian::Query(Xapian::Query::OP_FILTER, query.full_query, which));
    }
    if (query.filter) return PlannedMatch{std::move(restricted), passing, false};
    // One term: its frequency is the exact count.
    return PlannedMatch{std::move(restricted), db.get_termfreq(listed->terms[0].term), true};
}

}  // namespace morgue
