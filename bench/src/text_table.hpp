#pragma once

#include <string>
#include <vector>

namespace morgue::bench {

// A table rendered either as aligned plain text (for the terminal) or as Markdown (for the report).
// The first column is left-aligned, the others right-aligned.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    std::string plain() const;
    std::string markdown() const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

// 1234567.8 -> "1,234,568"; below 10 one decimal ("3.4"); negative or NaN -> "–".
std::string format_number(double value);
// An integer count with thousands separators; "–" when negative.
std::string format_count(double value);
// "12.3×" style ratio, or "–".
std::string format_ratio(double value);

}  // namespace morgue::bench
