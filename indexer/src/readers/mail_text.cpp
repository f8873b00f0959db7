#include "readers/mail_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace morgue::readers {
namespace {

// A signature is at most a few lines (the "McQuary limit" of four is the Usenet custom); a "--"
// line further from the end is a divider in the text, not a signature separator.
constexpr std::size_t kMaxLinesAfterBareDashes = 6;

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos <= text.size();) {
        const std::size_t newline = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, newline - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        pos = newline + 1;
    }
    return lines;
}

bool is_blank(std::string_view line) {
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Index of the line that starts the signature, or lines.size() when there is none. "-- " is the
// separator RFC 3676 names; "--" is the same line after an editor stripped its trailing space.
std::size_t signature_start(const std::vector<std::string_view>& lines) {
    for (std::size_t i = lines.size(); i-- > 0;) {
        if (lines[i] == "-- ") return i;
        if (lines[i] == "--") {
            const auto following = static_cast<std::size_t>(
                std::count_if(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines.end(),
                              [](std::string_view line) { return !is_blank(line); }));
            if (following <= kMaxLinesAfterBareDashes) return i;
        }
    }
    return lines.size();
}

struct Entity {
    std::string_view name;
    std::string_view text;
};

constexpr std::array<Entity, 8> kEntities{{{"amp", "&"},
                                           {"lt", "<"},
                                           {"gt", ">"},
                                           {"quot", "\""},
                                           {"apos", "'"},
                                           {"nbsp", " "},
                                           {"mdash", "\xE2\x80\x94"},
                                           {"ndash", "\xE2\x80\x93"}}};

bool iequals_prefix(std::string_view text, std::size_t pos, std::string_view lower) {
    if (text.size() - pos < lower.size()) return false;
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[pos + i])) != lower[i]) return false;
    }
    return true;
}

void append_utf8(std::string& out, unsigned long code) {
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Decodes the entity at text[pos] == '&' into `out`; returns the position after it, or pos + 1
// (with '&' appended) when it is not one.
std::size_t decode_entity(std::string_view text, std::size_t pos, std::string& out) {
    const std::size_t semicolon = text.find(';', pos);
    if (semicolon == std::string_view::npos || semicolon - pos > 10) {
        out += '&';
        return pos + 1;
    }
    const std::string_view name = text.substr(pos + 1, semicolon - pos - 1);
    if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        unsigned long code = 0;
        bool valid = !digits.empty();
        for (const char c : digits) {
            const int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                              : hex && std::isxdigit(static_cast<unsigned char>(c))
                                  ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                  : -1;
            if (value < 0) valid = false;
            code = std::min<unsigned long>(code * (hex ? 16 : 10) + static_cast<unsigned long>(std::max(value, 0)), 0x110000);
        }
        if (valid) {
            append_utf8(out, code);
            return semicolon + 1;
        }
    }
    for (const Entity& entity : kEntities) {
        if (name == entity.name) {
            out += entity.text;
            return semicolon + 1;
        }
    }
    out += '&';
    return pos + 1;
}

bool is_block_tag(std::string_view tag) {
    for (const std::string_view block : {"p", "/p", "br", "div", "/div", "li", "tr", "h1", "h2", "h3", "/h1", "/h2", "/h3",
                                         "blockquote", "/blockquote", "hr", "table", "/table"}) {
        if (tag.size() >= block.size() && iequals_prefix(tag, 0, block) &&
            (tag.size() == block.size() || !std::isalnum(static_cast<unsigned char>(tag[block.size()])))) {
            return true;
        }
    }
    return false;
}

// Collapses runs of spaces inside lines and of blank lines between paragraphs.
std::string tidy_paragraphs(std::string_view text) {
    std::string out;
    bool pending_space = false;
    int pending_newlines = 0;
    for (const char c : text) {
        if (c == '\n') {
            ++pending_newlines;
            pending_space = false;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            pending_space = true;
        } else {
            if (!out.empty()) {
                if (pending_newlines > 0) out += pending_newlines > 1 ? "\n\n" : "\n";
                else if (pending_space) out += ' ';
            }
            pending_newlines = 0;
            pending_space = false;
            out += c;
        }
    }
    return out;
}

}  // namespace

std::string mail_body_text(std::string_view text) {
    std::vector<std::string_view> lines = split_lines(text);
    lines.resize(signature_start(lines));
    while (!lines.empty() && is_blank(lines.back())) lines.pop_back();
    std::size_t first = 0;
    while (first < lines.size() && is_blank(lines[first])) ++first;
    std::string body;
    for (std::size_t i = first; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        // mboxo writes ">From ", mboxrd also ">>From " for a quoted one: one '>' is the escape.
        const std::size_t after_escapes = std::min(line.find_first_not_of('>'), line.size());
        if (after_escapes > 0 && line.substr(after_escapes).starts_with("From ")) line.remove_prefix(1);
        if (i > first) body += '\n';
        body += line;
    }
    return body;
}

std::string crude_html_text(std::string_view html) {
    std::string text;
    for (std::size_t pos = 0; pos < html.size();) {
        const char c = html[pos];
        if (c == '&') {
            pos = decode_entity(html, pos, text);
            continue;
        }
        if (c != '<') {
            text += c;
            ++pos;
            continue;
        }
        const std::size_t close = std::min(html.find('>', pos), html.size());
        const std::string_view tag = html.substr(pos + 1, close - pos - (close < html.size() ? 1 : 0));
        pos = close + 1;
        for (const std::string_view skipped : {"script", "style"}) {
            if (iequals_prefix(tag, 0, skipped)) {
                const std::string end_tag = "</" + std::string(skipped);
                std::size_t end = pos;
                while (end < html.size() && !iequals_prefix(html, end, end_tag)) ++end;
                pos = std::min(html.find('>', end), html.size()) + 1;
            }
        }
        // Inline tags join their neighbours ("<b>news</b>paper"); table cells are separated.
        if (is_block_tag(tag)) text += "\n\n";
        else if (iequals_prefix(tag, 0, "td") || iequals_prefix(tag, 0, "th")) text += ' ';
    }
    return tidy_paragraphs(text);
}

}  // namespace morgue::readers
