#include <morgue/length_norm.hpp>
#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace morgue {

RankingWeight::RankingWeight(double k1, double b) : k1_(k1), b_(b) {
    need_stat(COLLECTION_SIZE);
    need_stat(TERMFREQ);
    need_stat(AVERAGE_LENGTH);
    need_stat(WDF);
    need_stat(WDF_MAX);
    need_stat(DOC_LENGTH_MIN);
}

TermScorer::TermScorer(double factor, double termfreq, double doccount, double average_doc_length, double k1, double b)
    : scale_(factor * std::log(1 + (doccount - termfreq + 0.5) / (termfreq + 0.5)) * (k1 + 1)),
      fixed_length_part_(k1 * (1 - b)),
      per_word_length_part_(k1 * b / std::max(1.0, average_doc_length / kDocLengthScale)) {}

double TermScorer::operator()(Xapian::termcount wdf) const {
    const double occurrences = occurrences_of(wdf);
    const double length = norm_length(norm_of(wdf));
    return scale_ * occurrences / (occurrences + fixed_length_part_ + per_word_length_part_ * length);
}

double TermScorer::upper_bound(Xapian::termcount wdf_upper_bound, Xapian::termcount doc_length_lower_bound) const {
    const double max_occurrences = occurrences_of(wdf_upper_bound);
    if (max_occurrences == 0) return 0;
    const double shortest = norm_length(length_norm(doc_length_lower_bound / kDocLengthScale));
    return scale_ * max_occurrences / (max_occurrences + fixed_length_part_ + per_word_length_part_ * shortest);
}

void RankingWeight::init(double factor) {
    if (factor == 0) return;  // the term-independent part, or a term that only filters
    scorer_ = TermScorer(factor, get_termfreq(), get_collection_size(), get_average_length(), k1_, b_);
    max_part_ = scorer_.upper_bound(get_wdf_upper_bound(), get_doclength_lower_bound());
}

double RankingWeight::get_sumpart(Xapian::termcount wdf, Xapian::termcount, Xapian::termcount) const {
    return scorer_(wdf);
}

RankingWeight ranking_weight() { return RankingWeight(); }

Xapian::Query field_word_query(const FieldSpec& field, const std::string& stem) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(text_term(field, stem)), field.weight);
}

Xapian::Query plain_word_query(const std::string& stem) {
    std::vector<Xapian::Query> parts;
    for (const FieldSpec& field : schema_fields())
        if (field.default_search) parts.push_back(field_word_query(field, stem));
    return parts.size() == 1 ? parts.front() : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace morgue
