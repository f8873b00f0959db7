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

void RankingWeight::init(double factor) {
    if (factor == 0) return;  // the term-independent part, or a term that only filters
    const double n = get_termfreq(), total = get_collection_size();
    scale_ = factor * std::log(1 + (total - n + 0.5) / (n + 0.5)) * (k1_ + 1);
    const double average_length = std::max(1.0, get_average_length() / kDocLengthScale);
    fixed_length_part_ = k1_ * (1 - b_);
    per_word_length_part_ = k1_ * b_ / average_length;

    const double max_occurrences = occurrences_of(get_wdf_upper_bound());
    if (max_occurrences == 0) return;
    const double shortest = norm_length(length_norm(get_doclength_lower_bound() / kDocLengthScale));
    max_part_ = scale_ * max_occurrences / (max_occurrences + fixed_length_part_ + per_word_length_part_ * shortest);
}

double RankingWeight::get_sumpart(Xapian::termcount wdf, Xapian::termcount, Xapian::termcount) const {
    const double occurrences = occurrences_of(wdf);
    const double length = norm_length(norm_of(wdf));
    return scale_ * occurrences / (occurrences + fixed_length_part_ + per_word_length_part_ * length);
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
