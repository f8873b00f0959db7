#include "query_lexer.hpp"

#include <morgue/error.hpp>
#include <morgue/schema.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace morgue {
namespace {

// A copy of `text` of the same byte length (so positions still point into the query) where control
// characters and Unicode spaces are ASCII spaces. Throws on bytes that are not UTF-8.
std::string normalize_spaces(std::string_view text) {
    std::string out(text);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t at = 0; at < length;) {
        const std::int32_t start = at;
        UChar32 c = 0;
        U8_NEXT(bytes, at, length, c);
        if (c < 0) throw QueryError("query is not valid UTF-8", static_cast<std::size_t>(start));
        if (u_charType(c) == U_CONTROL_CHAR || u_isUWhiteSpace(c)) {
            std::fill(out.begin() + start, out.begin() + at, ' ');
        }
    }
    return out;
}

bool ends_word(char c) {
    return c == ' ' || c == '(' || c == ')' || c == '"';
}

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string known_field_names() {
    std::string names;
    for (const FieldSpec& field : schema_fields()) {
        if (!names.empty()) names += ", ";
        names += field.name;
    }
    return names;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(normalize_spaces(text)) {}

    std::vector<QueryToken> run() {
        while (skip_spaces()) {
            const char c = text_[at_];
            if (c == '(') {
                push(QueryTokenKind::Open, "(", at_++);
            } else if (c == ')') {
                push(QueryTokenKind::Close, ")", at_++);
            } else if (c == '"') {
                lex_phrase();
            } else if ((c == '+' || c == '-') && at_ + 1 < text_.size() && text_[at_ + 1] != ' ' &&
                       text_[at_ + 1] != ')') {
                push(c == '+' ? QueryTokenKind::Require : QueryTokenKind::Exclude, std::string(1, c), at_++);
            } else {
                lex_word();
            }
        }
        push(QueryTokenKind::End, "", text_.size());
        return std::move(tokens_);
    }

private:
    bool skip_spaces() {
        while (at_ < text_.size() && text_[at_] == ' ') ++at_;
        return at_ < text_.size();
    }

    void push(QueryTokenKind kind, std::string text, std::size_t position, unsigned window = 0) {
        tokens_.push_back(QueryToken{kind, std::move(text), position, window});
    }

    std::size_t word_end(std::size_t from) const {
        std::size_t end = from;
        while (end < text_.size() && !ends_word(text_[end])) ++end;
        return end;
    }

    void lex_phrase() {
        const std::size_t open = at_;
        const std::size_t close = text_.find('"', open + 1);
        if (close == std::string::npos) throw QueryError("unterminated phrase: missing closing \"", open);
        push(QueryTokenKind::Phrase, text_.substr(open + 1, close - open - 1), open);
        at_ = close + 1;
    }

    void lex_word() {
        const std::size_t start = at_;
        at_ = word_end(start);
        const std::string_view word = std::string_view(text_).substr(start, at_ - start);
        if (lex_field(word, start)) return;
        if (word == "AND") return push(QueryTokenKind::And, "AND", start);
        if (word == "OR") return push(QueryTokenKind::Or, "OR", start);
        if (word == "NOT") return push(QueryTokenKind::Not, "NOT", start);
        if (word == "NEAR") return push(QueryTokenKind::Near, "NEAR", start, kDefaultNearWindow);
        if (word.starts_with("NEAR/")) return push(QueryTokenKind::Near, "NEAR", start, near_window(word, start));
        push(QueryTokenKind::Word, std::string(word), start);
    }

    static unsigned near_window(std::string_view word, std::size_t position) {
        const std::string_view digits = word.substr(5);
        unsigned window = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), window);
        if (error != std::errc() || end != digits.data() + digits.size() || window < 1 || window > kMaxNearWindow) {
            throw QueryError("'" + std::string(word) + "': NEAR/ needs a number of words from 1 to " +
                                 std::to_string(kMaxNearWindow) + ", e.g. NEAR/5",
                             position);
        }
        return window;
    }

    // `letters:` directly followed by a value names a field; "10:30" and "http://x" are words.
    bool lex_field(std::string_view word, std::size_t start) {
        const auto colon = word.find(':');
        if (colon == std::string_view::npos || colon == 0) return false;
        const std::string_view name = word.substr(0, colon);
        if (!std::all_of(name.begin(), name.end(), is_ascii_letter)) return false;
        const std::string_view rest = word.substr(colon + 1);
        if (rest.starts_with("//")) return false;
        const FieldSpec* field = find_field(ascii_lower(name));
        const bool value_follows = !rest.empty() || (at_ < text_.size() && (text_[at_] == '"' || text_[at_] == '('));
        if (!value_follows) {
            if (field == nullptr) return false;
            throw QueryError("field '" + std::string(field->name) + "' needs a value", start);
        }
        if (field == nullptr) {
            throw QueryError("unknown field '" + std::string(name) + "' (known fields: " + known_field_names() + ")",
                             start);
        }
        push(QueryTokenKind::Field, std::string(field->name), start);
        // The value is taken literally: `headline:AND` searches for the word "and".
        at_ = start + colon + 1;
        if (!rest.empty()) {
            push(QueryTokenKind::Word, std::string(rest), at_);
            at_ = start + word.size();
        }
        return true;
    }

    std::string text_;
    std::size_t at_ = 0;
    std::vector<QueryToken> tokens_;
};

}  // namespace

std::vector<QueryToken> lex_query(std::string_view text) {
    if (text.size() > kMaxQueryBytes) {
        throw QueryError("query is too long (" + std::to_string(text.size()) + " bytes; the limit is " +
                             std::to_string(kMaxQueryBytes) + ")",
                         kMaxQueryBytes);
    }
    return Lexer(text).run();
}

}  // namespace morgue
