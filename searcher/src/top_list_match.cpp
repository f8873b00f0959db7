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

// Articles holding the word in either of a plain query's two fields (headline and body): the sum
// over fields less those holding it in both. Without `exact`, estimated as Xapian estimates an OR:
// as if the fields held the word independently.
Xapian::doccount count_either(const Xapian::Database& db, const std::string& first, const std::string& second, bool exact) {
    const double a = db.get_termfreq(first), b = db.get_termfreq(second);
    if (!exact) return static_cast<Xapian::doccount>(a + b - a * b / std::max<double>(1, db.get_doccount()) + 0.5);
    Xapian::Enquire both(db);
    both.set_query(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(first), Xapian::Query(second)));
    both.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet counted = both.get_mset(0, 0, db.get_doccount());
    return db.get_termfreq(first) + db.get_termfreq(second) - counted.get_matches_estimated();
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
                                          std::size_t wanted, bool exact_count) {
    const std::optional<std::string> term = list_term_of(query);
    if (!term) return std::nullopt;
    const std::string encoded = db.get_metadata(top_list_key(*term));
    if (encoded.empty()) return std::nullopt;
    const std::vector<ListedTerm> terms = query_listed_by(*term)->terms;
    if (terms.size() > 2) return std::nullopt;  // counting matches would need more than one overlap
    TopList list = decode_top_list(encoded, terms.size());
    if (wanted > list.ids.size()) return std::nullopt;
    const bool exact = exact_count || terms.size() == 1;
    const Xapian::doccount matches =
        terms.size() == 1 ? db.get_termfreq(terms[0].term) : count_either(db, terms[0].term, terms[1].term, exact);

    std::vector<TermScorer> scorers;
    for (const ListedTerm& listed : terms)
        scorers.emplace_back(listed.field->weight, db.get_termfreq(listed.term), db.get_doccount(), db.get_avlength());
    Xapian::Query restricted = scored_list(std::move(list), scorers);
    if (db.get_lastdocid() > up_to) {
        const Xapian::Query newer((new NewerSource(up_to))->release());
        restricted = Xapian::Query(Xapian::Query::OP_OR, restricted, Xapian::Query(Xapian::Query::OP_FILTER, query, newer));
    }
    return PlannedMatch{std::move(restricted), matches, exact};
}

}  // namespace morgue
