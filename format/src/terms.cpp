#include <morgue/terms.hpp>

#include <cstdio>

namespace morgue {

std::string text_term(const FieldSpec& field, std::string_view stemmed_word) {
    std::string term(field.prefix);
    term += stemmed_word;
    return term;
}

std::string pair_term(const FieldSpec& field, std::string_view first_stem, std::string_view second_stem) {
    std::string term(field.pair_prefix);
    term += first_stem;
    term += ' ';
    term += second_stem;
    return term;
}

std::string length_term(const FieldSpec& field) { return std::string(kLengthPrefix) + std::string(field.name); }

std::string keyword_term(const FieldSpec& field, std::string_view folded_value) {
    return text_term(field, folded_value);
}

std::string id_term(std::string_view id) { return text_term(field_spec(FieldId::Id), id); }

std::string day_term(const DateTime& date) { return std::string(kDayPrefix) + date.day_key(); }

std::string month_term(int year, int month) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%04d%02d", year, month);
    return std::string(kMonthPrefix) + buffer;
}

std::string year_term(int year) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%04d", year);
    return std::string(kYearPrefix) + buffer;
}

bool is_prefixed_term(std::string_view term) { return !term.empty() && term[0] >= 'A' && term[0] <= 'Z'; }

bool is_field_term(const FieldSpec& field, std::string_view term) {
    if (!term.starts_with(field.prefix)) return false;
    const std::string_view word = term.substr(field.prefix.size());
    return !word.empty() && !is_prefixed_term(word);
}

}  // namespace morgue
