#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

enum class QueryTokenKind {
    Word,    // a bare word as typed (also the value after `field:`, never an operator there)
    Phrase,  // the text between double quotes, without them
    Field,   // `name:` directly followed by its value; text is the schema field name
    Open,    // (
    Close,   // )
    And,
    Or,
    Not,
    Near,     // NEAR or NEAR/n; window holds n
    Require,  // + directly before a word, phrase, field or group
    Exclude,  // - directly before a word, phrase, field or group
    End,
};

struct QueryToken {
    QueryTokenKind kind;
    std::string text;
    std::size_t position = 0;  // byte offset in the query
    unsigned window = 0;
};

inline constexpr std::size_t kMaxQueryBytes = 10000;
inline constexpr unsigned kDefaultNearWindow = 10;
inline constexpr unsigned kMaxNearWindow = 1000;

// Splits a query into tokens, always ending with an End token. Throws morgue::QueryError for text
// that is too long or not UTF-8, an unterminated phrase, an unknown field or a field without value.
// Control characters and Unicode spaces separate tokens like spaces do.
std::vector<QueryToken> lex_query(std::string_view text);

}  // namespace morgue
