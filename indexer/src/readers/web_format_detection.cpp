#include "readers/web_format_detection.hpp"

#include <array>
#include <cctype>

namespace morgue::readers {
namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

// Skips a BOM, whitespace and <!-- comments --> (pages often start with a generator comment).
std::string_view skip_preamble(std::string_view head) {
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    for (;;) {
        const auto first = head.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos) return {};
        head.remove_prefix(first);
        if (!head.starts_with("<!--")) return head;
        const auto end = head.find("-->");
        if (end == std::string_view::npos) return {};
        head.remove_prefix(end + 3);
    }
}

}  // namespace

bool looks_like_html(std::string_view head) {
    head = skip_preamble(head);
    if (starts_with_ignoring_case(head, "<?xml")) {
        const auto end = head.find("?>");
        if (end == std::string_view::npos) return false;
        head = skip_preamble(head.substr(end + 2));
    }
    static constexpr std::array<std::string_view, 6> kStarts{"<!doctype html", "<html",  "<head",
                                                             "<meta",          "<title", "<body"};
    for (std::string_view start : kStarts) {
        if (!starts_with_ignoring_case(head, start)) continue;
        // "<header" is not "<head", "<htmlfoo" not "<html".
        const char next = head.size() > start.size() ? head[start.size()] : '>';
        if (next == '>' || next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == '/') return true;
    }
    return false;
}

bool looks_like_warc(std::string_view head) {
    if (!head.starts_with("WARC/")) return false;
    const auto end = head.find('\n');
    if (end == std::string_view::npos || end > 16) return false;
    std::string_view version = head.substr(5, end - 5);
    if (version.ends_with('\r')) version.remove_suffix(1);
    return version == "1.0" || version == "1.1" || version.starts_with("0.");
}

}  // namespace morgue::readers
