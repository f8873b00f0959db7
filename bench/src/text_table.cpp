#include "text_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace morgue::bench {
namespace {

// Display width in characters, not bytes: the tables hold "µs" and "×".
std::size_t width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string padded(const std::string& text, std::size_t to, bool left) {
    const std::string pad(to > width(text) ? to - width(text) : 0, ' ');
    return left ? text + pad : pad + text;
}

}  // namespace

std::string TextTable::plain() const {
    std::vector<std::size_t> widths(header_.size(), 0);
    for (std::size_t c = 0; c < header_.size(); ++c) widths[c] = width(header_[c]);
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < widths.size(); ++c)
            out += (c ? "  " : "") + padded(c < cells.size() ? cells[c] : "", widths[c], c == 0);
        return out + "\n";
    };
    std::string out = line(header_);
    std::size_t total = 0;
    for (auto w : widths) total += w + 2;
    out += std::string(total - 2, '-') + "\n";
    for (const auto& row : rows_) out += line(row);
    return out;
}

std::string TextTable::markdown() const {
    auto line = [](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (const auto& cell : cells) out += " " + cell + " |";
        return out + "\n";
    };
    std::string out = line(header_) + "|";
    for (std::size_t c = 0; c < header_.size(); ++c) out += c == 0 ? "---|" : "---:|";
    out += "\n";
    for (const auto& row : rows_) out += line(row);
    return out;
}

std::string format_number(double value) {
    if (!std::isfinite(value) || value < 0) return "–";
    char text[64];
    if (value < 10) {
        std::snprintf(text, sizeof text, "%.1f", value);
        return text;
    }
    std::snprintf(text, sizeof text, "%.0f", value);
    std::string digits = text, out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string format_count(double value) {
    if (!std::isfinite(value) || value < 0) return "–";
    return value < 10 ? std::to_string(static_cast<long long>(value)) : format_number(value);
}

std::string format_ratio(double value) {
    if (!std::isfinite(value) || value <= 0) return "–";
    char text[32];
    std::snprintf(text, sizeof text, value < 10 ? "%.2f×" : "%.0f×", value);
    return text;
}

}  // namespace morgue::bench
