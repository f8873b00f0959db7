#include "query_parser.hpp"

#include "query_lexer.hpp"

#include <morgue/error.hpp>
#include <morgue/language.hpp>
#include <morgue/schema.hpp>

#include <algorithm>
#include <cstdint>
#include <utility>

namespace morgue {
namespace {

using Kind = QueryTokenKind;
using Node = LogicalNode;

struct Scope {
    const FieldSpec* field = nullptr;  // nullptr: the default fields
    bool negated = false;              // words here are excluded, so not highlighted
};

Node excluded(Node node) {
    node.sign = node.sign == Sign::Excluded ? Sign::Plain : Sign::Excluded;
    node.atom = false;
    return node;
}

Scope negated(Scope scope) {
    scope.negated = !scope.negated;
    return scope;
}

bool starts_operand(Kind kind) {
    return kind == Kind::Word || kind == Kind::Phrase || kind == Kind::Field || kind == Kind::Open ||
           kind == Kind::Require || kind == Kind::Exclude;
}

Node boolean(Combine combine, std::vector<Node> children) {
    Node node;
    node.kind = LogicalKind::Boolean;
    node.combine = combine;
    node.children = std::move(children);
    return node;
}

Node filter(LogicalKind kind) {
    Node node;
    node.kind = kind;
    return node;
}

bool is_digits_date(std::string_view text) {
    static constexpr std::string_view kShapes[] = {"dddd", "dddd-dd", "dddd-dd-dd"};
    return std::any_of(std::begin(kShapes), std::end(kShapes), [text](std::string_view shape) {
        return shape.size() == text.size() && std::equal(shape.begin(), shape.end(), text.begin(), [](char s, char c) {
                   return s == 'd' ? (c >= '0' && c <= '9') : s == c;
               });
    });
}

DateRange query_date(std::string_view text, std::size_t position) {
    const std::optional<DateRange> range = parse_query_date(text);
    if (range) return *range;
    if (is_digits_date(text)) throw QueryError("date '" + std::string(text) + "' does not exist", position);
    throw QueryError("'" + std::string(text) + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)", position);
}

class Parser {
public:
    Parser(std::vector<QueryToken> tokens, const QueryContext& context)
        : tokens_(std::move(tokens)), context_(context) {
        for (const FieldSpec& field : schema_fields()) {
            if (field.default_search) default_fields_.push_back(&field);
        }
        for (const QueryToken& token : tokens_) {
            if (!is_wildcard(token)) continue;
            if (++wildcards_ > kMaxQueryWildcards) {
                throw QueryError(
                    "query has too many wildcards (the limit is " + std::to_string(kMaxQueryWildcards) + ")",
                    token.position);
            }
        }
    }

    LogicalQuery run() {
        Node top = parse_group(Scope{}, nullptr);
        if (at(Kind::Close)) throw QueryError("unbalanced parentheses: ')' has no matching '('", peek().position);
        if (is_empty(top)) throw QueryError("query has no searchable words", 0);
        return LogicalQuery{std::move(top), std::move(highlight_stems_), wildcards_};
    }

private:
    // Counts the levels of recursion a '(' or a sign opens, so that a hostile query cannot
    // exhaust the stack.
    class Nesting {
    public:
        Nesting(Parser& parser, const QueryToken& token) : parser_(parser) {
            if (++parser_.nesting_ > kMaxQueryNesting) {
                throw QueryError("query nests too deeply (more than " + std::to_string(kMaxQueryNesting) +
                                     " levels of parentheses or +/- signs)",
                                 token.position);
            }
        }
        ~Nesting() { --parser_.nesting_; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        Parser& parser_;
    };

    const QueryToken& peek() const { return tokens_[at_]; }
    const QueryToken& next() { return tokens_[at_++]; }
    bool at(Kind kind) const { return peek().kind == kind; }

    // `after` is the operator or '(' whose operand is parsed, for error messages; nullptr at the start.
    Node parse_group(Scope scope, const QueryToken* after) {
        if (at(Kind::Close) || at(Kind::End)) return Node{};
        return parse_or(scope, after);
    }

    Node parse_or(Scope scope, const QueryToken* after) {
        std::vector<Node> parts{parse_sequence(scope, after)};
        while (at(Kind::Or)) {
            const QueryToken& op = next();
            parts.push_back(parse_sequence(scope, &op));
        }
        return parts.size() == 1 ? std::move(parts.front()) : boolean(Combine::Or, std::move(parts));
    }

    // Juxtaposed operands combine with the default operator; explicit AND binds tighter.
    Node parse_sequence(Scope scope, const QueryToken* after) {
        std::vector<Node> parts{parse_and(scope, after)};
        while (starts_operand(peek().kind)) parts.push_back(parse_and(scope, nullptr));
        return parts.size() == 1 ? std::move(parts.front()) : boolean(Combine::Juxtaposed, std::move(parts));
    }

    Node parse_and(Scope scope, const QueryToken* after) {
        std::vector<Node> parts{parse_not(scope, after)};
        while (at(Kind::And)) {
            const QueryToken& op = next();
            parts.push_back(parse_not(scope, &op));
        }
        return parts.size() == 1 ? std::move(parts.front()) : boolean(Combine::And, std::move(parts));
    }

    Node parse_not(Scope scope, const QueryToken* after) {
        Node left;
        if (at(Kind::Not)) {
            const QueryToken& op = next();
            left = excluded(parse_near(negated(scope), &op));
        } else {
            left = parse_near(scope, after);
        }
        while (at(Kind::Not)) {
            const QueryToken& op = next();
            std::vector<Node> parts;
            parts.push_back(std::move(left));
            parts.push_back(excluded(parse_near(negated(scope), &op)));
            left = boolean(Combine::And, std::move(parts));
        }
        return left;
    }

    Node parse_near(Scope scope, const QueryToken* after) {
        Node left = parse_unary(scope, after);
        if (!at(Kind::Near)) return left;
        Node near;
        near.kind = LogicalKind::Near;
        near.near_operands.push_back(near_operand(left, peek()));
        while (at(Kind::Near)) {
            const QueryToken& op = next();
            near.window = std::max(near.window, op.window);
            near.near_operands.push_back(near_operand(parse_unary(scope, &op), op));
            if (near.near_operands.back().fields != near.near_operands.front().fields) {
                throw QueryError("NEAR needs words of the same fields on both sides", op.position);
            }
        }
        return near;
    }

    Node parse_unary(Scope scope, const QueryToken* after) {
        if (at(Kind::Require)) {
            const QueryToken& op = next();
            const Nesting nesting(*this, op);
            Node node = parse_unary(scope, &op);
            if (node.sign == Sign::Plain) node.sign = Sign::Required;
            return node;
        }
        if (at(Kind::Exclude)) {
            const QueryToken& op = next();
            const Nesting nesting(*this, op);
            return excluded(parse_unary(negated(scope), &op));
        }
        return parse_primary(scope, after);
    }

    Node parse_primary(Scope scope, const QueryToken* after) {
        const QueryToken& token = peek();
        switch (token.kind) {
            case Kind::Word:
            case Kind::Phrase:
                next();
                return value_node(token, scope);
            case Kind::Field:
                next();
                return field_node(token, scope);
            case Kind::Open:
                next();
                return group_node(token, scope);
            default:
                missing_operand(after);
        }
    }

    Node group_node(const QueryToken& open, Scope scope) {
        const Nesting nesting(*this, open);
        Node inner = parse_group(scope, &open);
        if (!at(Kind::Close)) throw QueryError("unbalanced parentheses: '(' is never closed", open.position);
        next();
        return inner;
    }

    Node field_node(const QueryToken& token, Scope scope) {
        const FieldSpec* field = find_field(token.text);
        const std::string needs_value = "field '" + token.text + "' needs a value";
        const Kind value_kind = peek().kind;
        if (value_kind != Kind::Word && value_kind != Kind::Phrase && value_kind != Kind::Open) {
            throw QueryError(needs_value, token.position);
        }
        scope.field = field;
        Node node = parse_primary(scope, &token);
        if (is_empty(node)) throw QueryError(needs_value, token.position);
        return node;
    }

    [[noreturn]] void missing_operand(const QueryToken* after) const {
        const QueryToken& here = peek();
        if (after == nullptr || after->kind == Kind::Open) {
            const std::string where = after == nullptr ? "at the start of the query" : "after '('";
            throw QueryError(here.text + " " + where + " has nothing before it", here.position);
        }
        if (here.kind == Kind::End) {
            throw QueryError(after->text + " at the end of the query has nothing after it", after->position);
        }
        if (here.kind == Kind::Close) {
            throw QueryError(after->text + " has nothing after it before ')'", after->position);
        }
        throw QueryError(after->text + " followed by " + here.text + ": a word is missing between them", here.position);
    }

    Node value_node(const QueryToken& token, Scope scope) {
        if (scope.field == nullptr || scope.field->kind == FieldKind::Text) {
            if (is_wildcard(token)) {
                return wildcard_node(token, scope);
            }
            return text_node(token, scope);
        }
        if (token.text.empty()) return Node{};
        count_terms(1, token.position);
        switch (scope.field->kind) {
            case FieldKind::Id: {
                Node node = filter(LogicalKind::IdFilter);
                node.value = token.text;
                return node;
            }
            case FieldKind::Keyword: {
                Node node = filter(LogicalKind::KeywordFilter);
                node.field = scope.field;
                node.value = keyword_value(*scope.field, token.text);
                return node;
            }
            default:
                return date_node(token);
        }
    }

    // Languages are stored by canonical name, so that lang:de, lang:deu and lang:german agree.
    std::string keyword_value(const FieldSpec& field, const std::string& text) const {
        if (field.id == FieldId::Language)
            if (const LanguageInfo* language = find_language(text)) return std::string(language->name);
        return context_.analyzer.fold(text);
    }

    std::vector<const FieldSpec*> fields_of(Scope scope) const {
        return scope.field == nullptr ? default_fields_ : std::vector<const FieldSpec*>{scope.field};
    }

    Node text_node(const QueryToken& token, Scope scope) {
        const std::vector<Token> words = context_.analyzer.words(token.text, AnalyzerMode::Query);
        if (words.empty()) return Node{};
        count_terms(words.size(), token.position);
        Node node;
        node.kind = words.size() == 1 ? LogicalKind::Term : LogicalKind::Phrase;
        node.atom = true;
        node.words = Words{{}, words.back().position - words.front().position + 1, fields_of(scope)};
        for (const Token& word : words) node.words.stems.push_back(stems_of(word.word));
        if (!scope.negated) add_highlights(node.words);
        return node;
    }

    Node wildcard_node(const QueryToken& token, Scope scope) {
        const std::string_view stem_part = std::string_view(token.text).substr(0, token.text.size() - 1);
        std::vector<Token> words = context_.analyzer.words(stem_part);
        std::erase_if(words, [](const Token& word) { return word.part; });  // "u.s*" is one word
        if (words.empty()) return Node{};
        if (words.size() > 1) {
            throw QueryError("a wildcard * can only end a single word, not '" + token.text + "'", token.position);
        }
        count_terms(1, token.position);
        Node node;
        node.kind = LogicalKind::Wildcard;
        node.prefix = words.front().word;
        node.words.fields = fields_of(scope);
        return node;
    }

    static bool is_wildcard(const QueryToken& token) {
        return token.kind == Kind::Word && token.text.size() > 1 && token.text.back() == '*';
    }

    Node date_node(const QueryToken& token) const {
        const std::string_view value = token.text;
        const auto dots = value.find("..");
        DateRange range;
        if (dots == std::string_view::npos) {
            range = query_date(value, token.position);
        } else {
            const std::string_view first = value.substr(0, dots), last = value.substr(dots + 2);
            if (first.empty() && last.empty()) {
                throw QueryError("date range '..' needs a first or a last date", token.position);
            }
            if (!first.empty()) range.first = query_date(first, token.position).first;
            if (!last.empty()) range.last = query_date(last, token.position + dots + 2).last;
            if (range.first && range.last && *range.last < *range.first) {
                throw QueryError("date range '" + token.text + "' ends before it starts", token.position);
            }
        }
        Node node = filter(LogicalKind::DateFilter);
        node.dates = range;
        return node;
    }

    static Words near_operand(const Node& node, const QueryToken& op) {
        if (!node.atom || node.sign == Sign::Excluded) {
            throw QueryError("NEAR needs a word or a phrase on each side", op.position);
        }
        return node.words;
    }

    std::vector<std::string> stems_of(const std::string& word) const {
        std::vector<std::string> stems;
        for (const std::string& language : context_.languages) {
            std::string stem = context_.analyzer.stem(word, language);
            if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(std::move(stem));
        }
        return stems;
    }

    void add_highlights(const Words& words) {
        const bool shown = std::any_of(words.fields.begin(), words.fields.end(), [](const FieldSpec* field) {
            return field->id == FieldId::Headline || field->id == FieldId::Body;
        });
        if (!shown) return;
        for (const auto& stems : words.stems) highlight_stems_.insert(stems.begin(), stems.end());
    }

    void count_terms(std::size_t count, std::size_t position) {
        terms_ += count;
        if (terms_ > kMaxQueryTerms) {
            throw QueryError("query has too many terms (the limit is " + std::to_string(kMaxQueryTerms) + ")",
                             position);
        }
    }

    std::vector<QueryToken> tokens_;
    std::size_t at_ = 0;
    const QueryContext& context_;
    std::vector<const FieldSpec*> default_fields_;
    std::set<std::string> highlight_stems_;
    std::size_t terms_ = 0;
    std::size_t nesting_ = 0;
    std::size_t wildcards_ = 0;
};

}  // namespace

bool is_empty(const LogicalNode& node) {
    if (node.kind == LogicalKind::Empty) return true;
    if (node.kind != LogicalKind::Boolean) return false;
    return std::all_of(node.children.begin(), node.children.end(), [](const LogicalNode& c) { return is_empty(c); });
}

LogicalQuery parse_logical_query(std::string_view text, const QueryContext& context) {
    if (context.languages.empty()) throw Error("parse_query needs at least one stemming language");
    return Parser(lex_query(text), context).run();
}

ParsedQuery parse_query(std::string_view text, const QueryContext& context, DefaultOperator op) {
    const LogicalQuery logical = parse_logical_query(text, context);
    return QueryLowering(logical, context).lower(op);
}

}  // namespace morgue
