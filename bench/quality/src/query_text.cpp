#include "query_text.hpp"

namespace morgue::quality {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_operator_or_space(char c) {
    switch (c) {
        case '"': case '(': case ')': case ':': case '-': case '+': case '*': case '/':
        case '\n': case '\r': case '\t':
            return true;
        default:
            return false;
    }
}

std::string single_spaced(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

std::string plain_query(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) out += is_operator_or_space(c) ? ' ' : ascii_lower(c);
    return single_spaced(out);
}

std::string typed_words(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const char lower = ascii_lower(c);
        out += ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) ? lower : ' ';
    }
    return single_spaced(out);
}

}  // namespace morgue::quality
