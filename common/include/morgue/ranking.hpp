#pragma once

#include <morgue/schema.hpp>

#include <xapian.h>

#include <string>

namespace morgue {

// How morgue ranks: BM25 with Lucene's parameters (k1 = 1.2, b = 0.75), which suit news-length
// documents better than Xapian's defaults, summed over fields with the schema's weights.
Xapian::BM25Weight ranking_weight();

// What a query of one word in one text field becomes ("headline:cocoa"): the field's term for the
// stem, scaled by the field's schema weight. The query parser builds exactly this.
Xapian::Query field_word_query(const FieldSpec& field, const std::string& stem);

// What a query of one word with no field becomes: the OR of field_word_query over every field
// searched by default. The query parser builds exactly this.
Xapian::Query plain_word_query(const std::string& stem);

}  // namespace morgue
