#pragma once

#include <xapian.h>

#include <string>

namespace morgue {

// How morgue ranks: BM25 with Lucene's parameters (k1 = 1.2, b = 0.75), which suit news-length
// documents better than Xapian's defaults, summed over fields with the schema's weights.
Xapian::BM25Weight ranking_weight();

// What a query of one word with no field becomes for a stemmed word: the stem in every field
// searched by default, each scaled by its schema weight. The query parser builds exactly this.
Xapian::Query plain_word_query(const std::string& stem);

}  // namespace morgue
