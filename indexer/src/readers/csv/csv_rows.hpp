#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace morgue::readers::csv {

// One row of a CSV/TSV file, where it starts, and what was wrong with its quoting.
struct CsvRow {
    std::vector<std::string> fields;
    std::size_t offset = 0;  // of its first byte
    std::size_t line = 1;    // 1-based, of its first byte
    std::string quoting_problem;  // non-empty when text followed a closing quote (kept in the field)
    bool unterminated = false;    // a quoted field ran to the end of the file
};

// Reads RFC 4180 rows one at a time from text already in memory, without copying more than the
// row: fields separated by `separator`, rows by CRLF or LF; a field in double quotes may hold
// separators, line breaks and doubled quotes (""). A quote inside an unquoted field is text.
class CsvRowReader {
public:
    CsvRowReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

    // The next row, or nullopt at the end of the text.
    std::optional<CsvRow> next();
    std::size_t offset() const { return pos_; }

private:
    std::string_view text_;
    char separator_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

// The separator of a header line: the most frequent of comma, tab and semicolon outside quotes
// (comma when there is none).
char detect_separator(std::string_view header_line);

}  // namespace morgue::readers::csv
