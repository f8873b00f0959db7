#include <morgue/length_norm.hpp>
#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace morgue {

FieldLengths FieldLengths::of(const Xapian::Database& db) {
    FieldLengths lengths;
    const double documents = std::max<double>(1, db.get_doccount());
    for (const FieldSpec& field : schema_fields())
        if (field.norm_slot != 0)
            lengths.average[field.norm_slot] = db.get_collection_freq(length_term(field)) / documents;
    return lengths;
}

TermScorer::TermScorer(const FieldLengths& lengths, double factor, double termfreq, double doccount, double k1,
                       double b)
    : lengths_(lengths),
      scale_(factor * std::log(1 + (doccount - termfreq + 0.5) / (termfreq + 0.5)) * (k1 + 1)),
      k1_(k1),
      b_(b) {}

double TermScorer::normalized(unsigned slot, Xapian::termcount occurrences, std::uint8_t norm) const {
    if (occurrences == 0) return 0;
    const double average = std::max(1.0, lengths_.average[slot]);
    return occurrences / (1 - b_ + b_ * norm_length(norm) / average);
}

double TermScorer::operator()(Xapian::termcount wdf) const {
    const DecodedWdf decoded = decode_wdf(wdf);
    if (!decoded.text_word)
        return saturated(normalized(decoded.slot, decoded.lanes[0].occurrences, decoded.lanes[0].norm));
    static const FieldSpec& body = field_spec(FieldId::Body);
    static const FieldSpec& headline = field_spec(FieldId::Headline);
    const double tf =
        body.weight * normalized(body.norm_slot, decoded.lanes[0].occurrences, decoded.lanes[0].norm) +
        headline.weight * normalized(headline.norm_slot, decoded.lanes[1].occurrences, decoded.lanes[1].norm);
    return saturated(tf);
}

double TermScorer::upper_bound(Xapian::termcount wdf_upper_bound) const {
    // The highest wdf bounds the highest lane's occurrences only; the others count as capped,
    // and every field as one word long.
    const DecodedWdf decoded = decode_wdf(wdf_upper_bound);
    if (!decoded.text_word) return saturated(normalized(decoded.slot, decoded.lanes[0].occurrences, 1));
    static const FieldSpec& body = field_spec(FieldId::Body);
    static const FieldSpec& headline = field_spec(FieldId::Headline);
    const Xapian::termcount headline_most = decoded.lanes[1].occurrences;
    const Xapian::termcount body_most = headline_most > 0 ? kMaxBodyOccurrences : decoded.lanes[0].occurrences;
    return saturated(body.weight * normalized(body.norm_slot, body_most, 1) +
                     headline.weight * normalized(headline.norm_slot, headline_most, 1));
}

RankingWeight::RankingWeight(const FieldLengths& lengths, double k1, double b) : lengths_(lengths), k1_(k1), b_(b) {
    need_stat(COLLECTION_SIZE);
    need_stat(TERMFREQ);
    need_stat(WDF);
    need_stat(WDF_MAX);
}

// Each number as its length, then Xapian's portable encoding of it.
std::string RankingWeight::serialise() const {
    std::string out;
    auto put = [&out](double number) {
        const std::string encoded = Xapian::sortable_serialise(number);
        out += static_cast<char>(encoded.size());
        out += encoded;
    };
    for (const double average : lengths_.average) put(average);
    put(k1_);
    put(b_);
    return out;
}

RankingWeight* RankingWeight::unserialise(const std::string& serialised) const {
    std::vector<double> numbers;
    for (std::size_t at = 0; at < serialised.size();) {
        const auto size = static_cast<unsigned char>(serialised[at++]);
        if (at + size > serialised.size()) throw Xapian::SerialisationError("bad morgue.ranking parameters");
        numbers.push_back(Xapian::sortable_unserialise(serialised.substr(at, size)));
        at += size;
    }
    FieldLengths lengths;
    if (numbers.size() != lengths.average.size() + 2) throw Xapian::SerialisationError("bad morgue.ranking parameters");
    std::copy_n(numbers.begin(), lengths.average.size(), lengths.average.begin());
    return new RankingWeight(lengths, numbers[lengths.average.size()], numbers[lengths.average.size() + 1]);
}

void RankingWeight::init(double factor) {
    if (factor == 0) return;  // the term-independent part, or a term that only filters
    scorer_ = TermScorer(lengths_, factor, get_termfreq(), get_collection_size(), k1_, b_);
    max_part_ = scorer_.upper_bound(get_wdf_upper_bound());
}

double RankingWeight::get_sumpart(Xapian::termcount wdf, Xapian::termcount, Xapian::termcount) const {
    return scorer_(wdf);
}

RankingWeight ranking_weight(const Xapian::Database& db) {
    return RankingWeight(FieldLengths::of(db));
}

Xapian::Query field_word_query(const FieldSpec& field, const std::string& stem) {
    return field_word_query(field, std::vector<std::string>{stem});
}

Xapian::Query field_word_query(const FieldSpec& field, const std::vector<std::string>& stems) {
    std::vector<Xapian::Query> terms;
    for (const std::string& stem : stems) terms.emplace_back(text_term(field, stem));
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, word_forms_query(terms), field.weight);
}

Xapian::Query word_forms_query(const std::vector<Xapian::Query>& forms) {
    if (forms.empty()) return Xapian::Query::MatchNothing;
    return forms.size() == 1 ? forms.front() : Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
}

Xapian::Query plain_word_query(const std::string& stem) {
    return field_word_query(field_spec(FieldId::Body), stem);
}

}  // namespace morgue
