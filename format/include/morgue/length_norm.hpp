#pragma once

#include <xapian.h>

#include <cstdint>

namespace morgue {

// BM25F needs, for every matched article, how often the word occurs in each field and how long
// each field is. Xapian 1.4 would look lengths up in a B-tree for every matched document (about
// 3 µs each at a million articles), so, as Lucene does with its one-byte "norms", every text
// term's wdf carries them (this is part of the on-disk format, stamped as kMetaWdfEncoding):
//
//   a term of one field (headline:, byline:, ...)   1 | slot:3 | occurrences:20 | norm:8
//   a word of the article text (body, with the      0 | headline norm:8 | headline occurrences:5 |
//   headline's words folded in)                         body occurrences:10 | body norm:8
//
// The text word keeps its two fields apart, so ranking weighs and normalizes each field before
// one saturation (ranking.hpp). A field's average length comes from its length term
// (length_term()), whose collection frequency Xapian keeps through replace, delete and compaction.
// Xapian's own document length (the sum of these wdfs) is meaningless and never used.

// A field's length in one byte: exact up to 32 words, then in steps of 3% up to about 24,000 words.
std::uint8_t length_norm(Xapian::termcount words);
// The length a norm stands for (its lower end, so a shorter bound never overestimates).
double norm_length(std::uint8_t norm);

// One field's share of a term in one article.
struct FieldOccurrences {
    Xapian::termcount occurrences = 0;
    std::uint8_t norm = 0;
    bool operator==(const FieldOccurrences&) const = default;
};

// What a wdf says. For a text word, lanes[0] is the body and lanes[1] the headline; a term of
// one field has only lanes[0] and names the field by its norm slot (FieldSpec::norm_slot).
struct DecodedWdf {
    bool text_word = false;
    unsigned slot = 0;
    FieldOccurrences lanes[2];
};

inline constexpr Xapian::termcount kMaxFieldOccurrences = (1u << 20) - 1;
inline constexpr Xapian::termcount kMaxBodyOccurrences = (1u << 10) - 1;
inline constexpr Xapian::termcount kMaxHeadlineOccurrences = (1u << 5) - 1;

// Occurrences past a lane's capacity are capped: BM25 has saturated long before.
Xapian::termcount field_wdf(unsigned slot, FieldOccurrences field);
Xapian::termcount text_wdf(FieldOccurrences body, FieldOccurrences headline);
DecodedWdf decode_wdf(Xapian::termcount wdf);

}  // namespace morgue
