#pragma once

#include <morgue/date.hpp>
#include <morgue/schema.hpp>

#include <xapian.h>

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace morgue {

// What a query means, before it is decided how to answer it: the parser's output, read by the
// planner (which plan answers it) and by the lowering (the Xapian query of the chosen plan).
// Nothing here depends on the database or on the match mode, so one request parses once and
// lowers its strict and relaxed forms from the same tree.

// Whether an operand must match, may match, or must not ('+word', 'word', '-word' / NOT).
enum class Sign { Plain, Required, Excluded };

// Analysed words: per word its distinct stems in the index's languages.
struct Words {
    std::vector<std::vector<std::string>> stems;
    Xapian::termpos span = 1;               // positions from the first word to the last
    std::vector<const FieldSpec*> fields;   // text fields searched: the default ones or the one named
};

enum class LogicalKind {
    Empty,          // nothing searchable, e.g. only punctuation
    MatchAll,       // every article: no query text, only a date range in the request
    Term,           // one word (words.stems.size() == 1)
    Phrase,         // several words in order
    Near,           // words within `window` words of each other
    Wildcard,       // the words starting with `prefix` in words.fields
    Boolean,        // children combined by `combine`
    KeywordFilter,  // one value of a keyword field: restricts, never scores
    IdFilter,       // one article by id
    DateFilter,     // a range of days
};

enum class Combine {
    Juxtaposed,  // no operator written between them: the default operator (MatchMode) decides
    And,         // AND, and NOT (whose right side is Excluded)
    Or,
};

struct LogicalNode {
    LogicalKind kind = LogicalKind::Empty;
    Sign sign = Sign::Plain;
    // A word or phrase as written (Term, Phrase; kept through parentheses and fields, lost when
    // excluded): what NEAR takes as an operand, and what the default mode may make optional.
    bool atom = false;
    Words words;                        // Term, Phrase; Wildcard: its fields
    std::vector<Words> near_operands;   // Near
    unsigned window = 0;                // Near: words allowed in between
    std::string prefix;                 // Wildcard: the analysed word before '*'
    const FieldSpec* field = nullptr;   // KeywordFilter
    std::string value;                  // KeywordFilter: the folded value; IdFilter: the id
    DateRange dates;                    // DateFilter
    Combine combine = Combine::And;     // Boolean
    std::vector<LogicalNode> children;  // Boolean

    bool is_filter() const {
        return kind == LogicalKind::KeywordFilter || kind == LogicalKind::IdFilter || kind == LogicalKind::DateFilter;
    }
};

// Whether a node holds nothing searchable (an Empty, or a Boolean of such).
bool is_empty(const LogicalNode& node);

struct LogicalQuery {
    LogicalNode root;
    std::set<std::string> highlight_stems;  // unprefixed stems of the positive headline/body words, for snippets
    std::size_t wildcards = 0;              // wildcards in the query: they share one expansion budget
};

}  // namespace morgue
