#include "field_split_match.hpp"
#include "id_sources.hpp"

#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace morgue {
namespace {

// More headline matches than this and scoring each in full costs more than it saves.
constexpr Xapian::doccount kMaxHeadlineMatches = 5000;

bool has_positions(const Xapian::Query& query) {
    const auto type = query.get_type();
    if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR) return true;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (has_positions(query.get_subquery(i))) return true;
    return false;
}

template <typename Predicate>
bool all_terms(const Xapian::Query& query, const Predicate& predicate) {
    std::size_t terms = 0;
    for (auto term = query.get_unique_terms_begin(); term != query.get_unique_terms_end(); ++term, ++terms)
        if (!predicate(*term)) return false;
    return terms > 0;
}

bool is_part_of(FieldId field, const Xapian::Query& part) {
    return all_terms(part, [&spec = field_spec(field)](const std::string& term) { return is_field_term(spec, term); });
}

Xapian::Query ids_filter(const std::vector<Xapian::docid>& ascending) {
    return Xapian::Query((new ScoredIdsSource(ascending, std::vector<double>(ascending.size(), 0.0)))->release());
}

Xapian::MSet run(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight,
                 Xapian::doccount size, Xapian::doccount check_at_least) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(weight);
    return enquire.get_mset(0, size, check_at_least);
}

}  // namespace

std::optional<PlannedMatch> field_split_match(const Xapian::Database& db, const Xapian::Query& query,
                                             const Xapian::Weight& weight, std::size_t wanted, bool exact_count) {
    if (query.get_type() != Xapian::Query::OP_OR || query.get_num_subqueries() != 2 || !has_positions(query))
        return std::nullopt;
    Xapian::Query headline = query.get_subquery(0), body = query.get_subquery(1);
    if (!is_part_of(FieldId::Headline, headline)) std::swap(headline, body);
    if (!is_part_of(FieldId::Headline, headline) || !is_part_of(FieldId::Body, body)) return std::nullopt;

    const Xapian::MSet in_headline = run(db, headline, weight, kMaxHeadlineMatches + 1, kMaxHeadlineMatches + 1);
    if (in_headline.size() > kMaxHeadlineMatches) return std::nullopt;

    // Every headline match with its full score.
    std::vector<std::pair<Xapian::docid, double>> scored;  // ascending ids
    for (auto hit = in_headline.begin(); hit != in_headline.end(); ++hit) scored.emplace_back(*hit, hit.get_weight());
    std::sort(scored.begin(), scored.end());
    std::vector<Xapian::docid> headline_ids;
    for (const auto& [id, score] : scored) headline_ids.push_back(id);
    const auto count = static_cast<Xapian::doccount>(headline_ids.size());
    if (count > 0) {
        const Xapian::MSet also_body = run(db, Xapian::Query(Xapian::Query::OP_FILTER, body, ids_filter(headline_ids)),
                                           weight, count, count);
        for (auto hit = also_body.begin(); hit != also_body.end(); ++hit) {
            auto at = std::lower_bound(scored.begin(), scored.end(), std::make_pair(*hit, 0.0),
                                       [](const auto& a, const auto& b) { return a.first < b.first; });
            at->second += hit.get_weight();  // as the OR adds its parts
        }
    }

    // The best matches of the body part alone, outside the headline matches.
    const Xapian::Query body_only =
        count > 0 ? Xapian::Query(Xapian::Query::OP_AND_NOT, body, ids_filter(headline_ids)) : body;
    const auto page = static_cast<Xapian::doccount>(wanted);
    const Xapian::MSet best_body = run(db, body_only, weight, page, exact_count ? db.get_doccount() : page);
    for (auto hit = best_body.begin(); hit != best_body.end(); ++hit) scored.emplace_back(*hit, hit.get_weight());

    // The page: best first, ties by ascending id as Xapian orders them.
    const auto better = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
    const std::size_t keep = std::min<std::size_t>(wanted, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(), better);
    scored.resize(keep);
    std::sort(scored.begin(), scored.end());
    std::vector<Xapian::docid> ids;
    std::vector<double> scores;
    for (const auto& [id, score] : scored) {
        ids.push_back(id);
        scores.push_back(score);
    }
    return PlannedMatch{Xapian::Query((new ScoredIdsSource(std::move(ids), std::move(scores)))->release()),
                        count + best_body.get_matches_estimated(),
                        exact_count || best_body.get_matches_lower_bound() == best_body.get_matches_upper_bound()};
}

}  // namespace morgue
