#include "readers/csv/csv_rows.hpp"

#include <array>

namespace morgue::readers::csv {

std::optional<CsvRow> CsvRowReader::next() {
    if (pos_ >= text_.size()) return std::nullopt;
    CsvRow row;
    row.offset = pos_;
    row.line = line_;
    std::string field;
    bool quoted = false;    // inside a quoted field
    bool was_quoted = false;  // the current field started with a quote
    while (pos_ < text_.size()) {
        const char c = text_[pos_++];
        if (quoted) {
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    field += '"';
                    ++pos_;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line_;
                field += c;
            }
            continue;
        }
        if (c == separator_) {
            row.fields.push_back(std::move(field));
            field.clear();
            was_quoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
            ++line_;
            row.fields.push_back(std::move(field));
            return row;
        } else if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else {
            if (was_quoted && row.quoting_problem.empty())
                row.quoting_problem = "text after the closing quote of field " + std::to_string(row.fields.size() + 1);
            field += c;
        }
    }
    row.unterminated = quoted;
    row.fields.push_back(std::move(field));
    return row;
}

char detect_separator(std::string_view header_line) {
    constexpr std::array<char, 3> kSeparators{',', '\t', ';'};
    std::array<std::size_t, 3> counts{};
    bool quoted = false;
    for (char c : header_line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        for (std::size_t i = 0; i < kSeparators.size(); ++i) counts[i] += c == kSeparators[i];
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i)
        if (counts[i] > counts[best]) best = i;
    return kSeparators[best];
}

}  // namespace morgue::readers::csv
