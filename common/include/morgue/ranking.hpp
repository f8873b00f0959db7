#pragma once

#include <morgue/schema.hpp>

#include <xapian.h>

#include <string>

namespace morgue {

// One term's BM25 contribution, as a function of the term's wdf (length_norm.hpp), for given
// statistics. RankingWeight scores postings with it; top lists score their stored wdfs with it.
class TermScorer {
public:
    TermScorer() = default;
    // `factor`: the field weight; `average_doc_length`: Xapian's (Database::get_avlength).
    TermScorer(double factor, double termfreq, double doccount, double average_doc_length, double k1 = 1.2,
               double b = 0.75);
    double operator()(Xapian::termcount wdf) const;
    // The most any document can score, given the term's highest wdf and the shortest document.
    double upper_bound(Xapian::termcount wdf_upper_bound, Xapian::termcount doc_length_lower_bound) const;

private:
    double scale_ = 0;                 // field weight x idf x (k1 + 1)
    double fixed_length_part_ = 0;     // k1 (1 - b)
    double per_word_length_part_ = 0;  // k1 b / average length in words
};

// How morgue ranks: BM25 as Lucene computes it (k1 = 1.2, b = 0.75, idf = ln(1 + (N - n + 0.5) /
// (n + 0.5))), summed over fields with the schema's weights (OP_SCALE_WEIGHT). The article length
// comes from each posting's wdf (length_norm.hpp), never from Xapian's per-document length lookup.
class RankingWeight final : public Xapian::Weight {
public:
    RankingWeight(double k1 = 1.2, double b = 0.75);

    std::string name() const override { return "morgue.ranking"; }
    RankingWeight* clone() const override { return new RankingWeight(k1_, b_); }
    void init(double factor) override;
    double get_sumpart(Xapian::termcount wdf, Xapian::termcount doclen, Xapian::termcount uniqterms) const override;
    double get_maxpart() const override { return max_part_; }
    double get_sumextra(Xapian::termcount, Xapian::termcount) const override { return 0; }
    double get_maxextra() const override { return 0; }

private:
    double k1_, b_;
    TermScorer scorer_;
    double max_part_ = 0;
};

RankingWeight ranking_weight();

// What a query of one word in one text field becomes ("headline:cocoa"): the field's term for the
// stem, scaled by the field's schema weight. The query parser builds exactly this.
Xapian::Query field_word_query(const FieldSpec& field, const std::string& stem);

// What a query of one word with no field becomes: the OR of field_word_query over every field
// searched by default. The query parser builds exactly this.
Xapian::Query plain_word_query(const std::string& stem);

}  // namespace morgue
