#include "readers/gmime_support.hpp"

#include <mutex>

namespace morgue::readers::gmime {

void ensure_initialized() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

std::string header_text(const char* text, bool& repaired) {
    if (text == nullptr) return {};
    std::string valid;
    if (g_utf8_validate(text, -1, nullptr)) {
        valid = text;
    } else {
        valid = take_string(g_utf8_make_valid(text, -1));
        repaired = true;
    }
    std::string collapsed;
    bool space = false;
    for (const char c : valid) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = !collapsed.empty();
            continue;
        }
        if (space) collapsed += ' ';
        space = false;
        collapsed += c;
    }
    return collapsed;
}

std::string take_string(char* text) {
    if (text == nullptr) return {};
    std::string copy(text);
    g_free(text);
    return copy;
}

}  // namespace morgue::readers::gmime
