#pragma once

#include <morgue/date.hpp>
#include <morgue/schema.hpp>

#include <string>
#include <string_view>

namespace morgue {

// How index terms are spelled. The indexer and the query parser both build terms only through
// these functions, so the two sides cannot drift apart.
std::string text_term(const FieldSpec& field, std::string_view stemmed_word);
// Two adjacent words of a field with a pair_prefix, as one term.
std::string pair_term(const FieldSpec& field, std::string_view first_stem, std::string_view second_stem);
// The term whose wdf is the field's length in words in this article.
std::string length_term(const FieldSpec& field);
std::string keyword_term(const FieldSpec& field, std::string_view folded_value);
std::string id_term(std::string_view id);
std::string day_term(const DateTime& date);          // D20100326
std::string month_term(int year, int month);         // M201003
std::string year_term(int year);                     // Y2010

// Whether a term carries a field prefix (prefixes are capitals; body words, folded, carry none).
bool is_prefixed_term(std::string_view term);
// Whether a term is a word of `field`: its prefix, then a word with no prefix of its own.
bool is_field_term(const FieldSpec& field, std::string_view term);

}  // namespace morgue
