#pragma once

#include <morgue/schema.hpp>

#include <xapian.h>

#include <array>
#include <string>
#include <vector>

namespace morgue {

// Each text field's average length in words, by norm slot (FieldSpec::norm_slot), from the
// database's length terms. Ranking needs them and never asks Xapian for a document length.
struct FieldLengths {
    std::array<double, 8> average{};

    static FieldLengths of(const Xapian::Database& db);
};

// One term's contribution to an article's score, as a function of the term's wdf
// (length_norm.hpp), for given statistics. RankingWeight scores postings with it; top lists
// score their stored wdfs with it.
//
// A word of one field is scored by BM25 as Lucene computes it (k1 = 1.2, b = 0.75,
// idf = ln(1 + (N - n + 0.5) / (n + 0.5))). A word of the article text is scored by BM25F
// (Robertson & Zaragoza): each field's occurrences, divided by its own length normalization
// (1 - b + b * length / average length of that field) and multiplied by its schema weight, are
// summed before one saturation, tf / (k1 + tf). So a headline word weighs three body words,
// but a short article holding every word of a query outranks one holding only a headline word.
class TermScorer {
public:
    TermScorer() = default;
    // `factor`: the query's scaling of the term (OP_SCALE_WEIGHT), e.g. a field weight.
    TermScorer(const FieldLengths& lengths, double factor, double termfreq, double doccount, double k1 = 1.2,
               double b = 0.75);
    double operator()(Xapian::termcount wdf) const;
    // The most any document can score, given the term's highest wdf.
    double upper_bound(Xapian::termcount wdf_upper_bound) const;

private:
    double normalized(unsigned slot, Xapian::termcount occurrences, std::uint8_t norm) const;
    double saturated(double tf) const { return scale_ * tf / (k1_ + tf); }

    FieldLengths lengths_;
    double scale_ = 0;  // factor x idf x (k1 + 1)
    double k1_ = 1.2, b_ = 0.75;
};

// How morgue ranks: TermScorer for every term, summed over the query's terms.
class RankingWeight final : public Xapian::Weight {
public:
    explicit RankingWeight(const FieldLengths& lengths, double k1 = 1.2, double b = 0.75);

    std::string name() const override { return "morgue.ranking"; }
    RankingWeight* clone() const override { return new RankingWeight(lengths_, k1_, b_); }
    std::string serialise() const override;
    RankingWeight* unserialise(const std::string& serialised) const override;
    void init(double factor) override;
    double get_sumpart(Xapian::termcount wdf, Xapian::termcount doclen, Xapian::termcount uniqterms) const override;
    double get_maxpart() const override { return max_part_; }
    double get_sumextra(Xapian::termcount, Xapian::termcount) const override { return 0; }
    double get_maxextra() const override { return 0; }

private:
    FieldLengths lengths_;
    double k1_, b_;
    TermScorer scorer_;
    double max_part_ = 0;
};

RankingWeight ranking_weight(const Xapian::Database& db);

// What a query of one word in one text field becomes ("headline:cocoa"): the field's term for the
// stem, scaled by the field's schema weight. The one place a word's query is built: the query
// lowering and the top lists both call it.
Xapian::Query field_word_query(const FieldSpec& field, const std::string& stem);
// A word stemmed in several languages: its stems combine by OP_OR (see word_forms_query).
Xapian::Query field_word_query(const FieldSpec& field, const std::vector<std::string>& stems);

// The forms of one word (its stems in several languages, a wildcard's expansions) as one query:
// OP_OR, so an article holding two forms adds both. Not OP_SYNONYM: a synonym sums wdfs, which
// would mix up the lengths they carry (length_norm.hpp). Not OP_MAX either, though "the best
// form" is the better score: Xapian 1.4.22's MaxPostList, once all its sub-lists end in the same
// step, keeps a pointer to a deleted one and reads it when a multi-database recalculates its
// maximum weight (a use after free: every search over shards where a shard's last match holds
// two forms; tests/unit/word_forms_test.cpp).
Xapian::Query word_forms_query(const std::vector<Xapian::Query>& forms);

// What a query of one word with no field becomes: the word of the article text.
Xapian::Query plain_word_query(const std::string& stem);

}  // namespace morgue
