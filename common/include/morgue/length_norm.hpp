#pragma once

#include <xapian.h>

#include <cstdint>

namespace morgue {

// BM25 needs each matched article's length. Xapian 1.4 looks it up in a B-tree for every matched
// document (about 3 µs each at a million articles), which dominates most queries. So, as Lucene
// does with its one-byte "norms", every text term's wdf carries the article's length with it:
//
//     wdf = occurrences << 8 | length_norm(article length in words)
//
// and ranking (RankingWeight) decodes both without asking Xapian for the document length.
// Xapian's document length is kept at exactly kDocLengthScale times the article length by one
// length term per article, so Xapian's own statistics - maintained through replace, delete and
// compaction - still give the average length BM25 needs.

inline constexpr unsigned kLengthNormBits = 8;
inline constexpr Xapian::termcount kDocLengthScale = 2u << kLengthNormBits;

// The article length in one byte: exact up to 32 words, then in steps of 3% up to about 24,000 words.
std::uint8_t length_norm(Xapian::termcount words);
// The length a norm stands for (its lower end, so a shorter bound never overestimates).
double norm_length(std::uint8_t norm);

inline Xapian::termcount occurrences_of(Xapian::termcount wdf) { return wdf >> kLengthNormBits; }
inline std::uint8_t norm_of(Xapian::termcount wdf) { return static_cast<std::uint8_t>(wdf & 0xffu); }

// Rewrites the wdf of every text term of a fully built document (wdf = occurrences, boolean terms
// wdf 0) into the form above and adds the length term.
void encode_length_norms(Xapian::Document& doc);

}  // namespace morgue
