#include "readers/text_spaces.hpp"

namespace morgue::readers {

std::size_t space_width(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0U; };
    const unsigned c = byte(0);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c == 0xC2 && byte(1) == 0xA0) return 2;
    if (c == 0xE2 && byte(1) == 0x80 && ((byte(2) >= 0x80 && byte(2) <= 0x8B) || byte(2) == 0xAF)) return 3;
    if (c == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;
    return 0;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t width = space_width(text, i); width > 0) {
            pending_space = !out.empty();
            i += width;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += text[i++];
    }
    return out;
}

std::string_view trim_header_line(std::string_view line) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace morgue::readers
