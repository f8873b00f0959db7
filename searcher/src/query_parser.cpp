#include "query_parser.hpp"

#include "date_filter.hpp"
#include "presence_source.hpp"
#include "query_lexer.hpp"

#include <morgue/error.hpp>
#include <morgue/language.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <algorithm>
#include <map>
#include <cstdint>
#include <utility>

namespace morgue {
namespace {

using Query = Xapian::Query;
using Kind = QueryTokenKind;

enum class Sign { Plain, Required, Excluded };

// A word or phrase before it becomes a query, kept so that NEAR can combine its words.
struct Atom {
    std::vector<std::vector<std::string>> stems;  // per word: its distinct stems in the context's languages
    Xapian::termpos span = 1;                     // positions from the first word to the last
    std::vector<const FieldSpec*> fields;
};

struct Node {
    std::optional<Query> query;  // nullopt: nothing searchable, e.g. only punctuation
    bool scored = false;         // false for filters, which must not change the ranking
    bool complement = false;     // the query already is "all documents except ..."
    Sign sign = Sign::Plain;
    std::optional<Atom> atom;
};

struct Scope {
    const FieldSpec* field = nullptr;  // nullptr: the default fields
    bool negated = false;              // words here are excluded, so not highlighted
};

Query join(Query::op op, const std::vector<Query>& parts) {
    return parts.size() == 1 ? parts.front() : Query(op, parts.begin(), parts.end());
}

Query unweighted(const Query& query) {
    return query.get_type() == Query::OP_SCALE_WEIGHT ? query : Query(Query::OP_SCALE_WEIGHT, query, 0.0);
}

Node scored_node(Query query) {
    Node node;
    node.query = std::move(query);
    node.scored = true;
    return node;
}

Node filter_node(Query query) {
    Node node;
    node.query = std::move(query);
    return node;
}

Node complement_of(const Node& node) {
    Node out = filter_node(Query(Query::OP_AND_NOT, Query::MatchAll, *node.query));
    out.complement = true;
    return out;
}

Node excluded(Node node) {
    node.sign = node.sign == Sign::Excluded ? Sign::Plain : Sign::Excluded;
    node.atom.reset();
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

// Parts joined by AND (all = true) or by juxtaposition under DefaultOperator::Any (all = false):
// required parts must match, optional ones add weight, filters restrict, excluded parts are removed.
Node all_of(std::vector<Node> parts, bool all) {
    std::vector<Query> required, optional, filters, excluded_parts;
    for (Node& part : parts) {
        if (!part.query) continue;
        if (part.sign == Sign::Excluded)
            excluded_parts.push_back(*part.query);
        else if (!part.scored)
            filters.push_back(*part.query);
        else if (all || part.sign == Sign::Required)
            required.push_back(*part.query);
        else
            optional.push_back(*part.query);
    }
    Node out;
    if (!required.empty()) out.query = join(Query::OP_AND, required);
    if (!optional.empty()) {
        const Query any = join(Query::OP_OR, optional);
        out.query = out.query ? Query(Query::OP_AND_MAYBE, *out.query, any) : any;
    }
    out.scored = out.query.has_value();
    if (!filters.empty()) {
        const Query filter = join(Query::OP_AND, filters);
        out.query = out.query ? Query(Query::OP_FILTER, *out.query, filter) : filter;
    }
    if (!excluded_parts.empty()) {
        out.complement = !out.query;
        out.query = Query(Query::OP_AND_NOT, out.query.value_or(Query::MatchAll), join(Query::OP_OR, excluded_parts));
    }
    return out;
}

Node any_of(std::vector<Node> parts) {
    std::vector<Node> kept;
    for (Node& part : parts) {
        if (!part.query) continue;
        kept.push_back(part.sign == Sign::Excluded ? complement_of(part) : std::move(part));
    }
    if (kept.empty()) return Node{};
    if (kept.size() == 1) {
        kept.front().sign = Sign::Plain;
        return std::move(kept.front());
    }
    const bool scored = std::any_of(kept.begin(), kept.end(), [](const Node& n) { return n.scored; });
    std::vector<Query> queries;
    for (const Node& part : kept) queries.push_back(scored && !part.scored ? unweighted(*part.query) : *part.query);
    return scored ? scored_node(join(Query::OP_OR, queries)) : filter_node(join(Query::OP_OR, queries));
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
    Parser(std::vector<QueryToken> tokens, const QueryContext& context, DefaultOperator op)
        : tokens_(std::move(tokens)), context_(context), op_(op) {
        for (const FieldSpec& field : schema_fields()) {
            if (field.default_search) default_fields_.push_back(&field);
        }
        std::size_t wildcards = 0;
        for (const QueryToken& token : tokens_) {
            if (!is_wildcard(token)) continue;
            if (++wildcards > kMaxQueryWildcards) {
                throw QueryError(
                    "query has too many wildcards (the limit is " + std::to_string(kMaxQueryWildcards) + ")",
                    token.position);
            }
        }
        wildcard_expansion_ = static_cast<Xapian::termcount>(kWildcardExpansions / std::max<std::size_t>(1, wildcards));
    }

    ParsedQuery run() {
        Node top = parse_group(Scope{}, nullptr);
        if (at(Kind::Close)) throw QueryError("unbalanced parentheses: ')' has no matching '('", peek().position);
        if (!top.query) throw QueryError("query has no searchable words", 0);
        if (top.sign == Sign::Excluded) top = complement_of(top);
        Query query = *top.query;
        if (!top.scored && !top.complement) query = Query(Query::OP_FILTER, Query::MatchAll, query);
        return ParsedQuery{query, std::move(highlight_stems_), optional_words_, presence_tier_};
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
        return parts.size() == 1 ? std::move(parts.front()) : any_of(std::move(parts));
    }

    // Juxtaposed operands combine with the default operator; explicit AND binds tighter.
    Node parse_sequence(Scope scope, const QueryToken* after) {
        std::vector<Node> parts{parse_and(scope, after)};
        while (starts_operand(peek().kind)) parts.push_back(parse_and(scope, nullptr));
        if (parts.size() == 1) return std::move(parts.front());
        if (op_ == DefaultOperator::Most) return most_of(std::move(parts));
        return all_of(std::move(parts), op_ == DefaultOperator::All);
    }

    // Juxtaposed parts under DefaultOperator::Most: single plain words become optional, each
    // adding kPresenceWeight when present unless it is common; everything else stays required.
    Node most_of(std::vector<Node> parts) {
        std::vector<Node> kept;
        std::vector<Query> counted, common;
        std::vector<std::pair<Query, std::vector<std::string>>> words;  // counted words and their terms
        for (Node& part : parts) {
            // Only plain words of the default fields relax: a field named (section:business) is asked for.
            const bool soft = part.query && part.scored && part.sign == Sign::Plain && part.atom &&
                              part.atom->stems.size() == 1 && part.atom->fields == default_fields_;
            if (!soft) {
                if (part.query && part.scored && part.sign == Sign::Plain) part.sign = Sign::Required;
                kept.push_back(std::move(part));
                continue;
            }
            ++optional_words_;
            std::vector<std::string> terms;
            for (const FieldSpec* field : part.atom->fields)
                for (const std::string& stem : part.atom->stems.front()) terms.push_back(text_term(*field, stem));
            if (is_common(terms)) {
                common.push_back(*part.query);
                continue;
            }
            words.emplace_back(*part.query, std::move(terms));
        }
        const bool strict = words.size() <= kStrictCountWords;
        const double presence = strict ? kPresenceWeight : kSoftPresenceWeight;
        if (strict && !words.empty()) presence_tier_ = kPresenceWeight;
        for (auto& [query, terms] : words) {
            counted.push_back(query);
            counted.emplace_back((new PresenceSource(std::move(terms), presence))->release());
        }
        Node optional;
        if (!counted.empty()) {
            optional = scored_node(join(Query::OP_OR, counted));
            if (!common.empty()) optional.query = Query(Query::OP_AND_MAYBE, *optional.query, join(Query::OP_OR, common));
        } else if (!common.empty()) {
            optional = scored_node(join(Query::OP_OR, common));
        }
        const bool any_required = std::any_of(kept.begin(), kept.end(), [](const Node& n) { return n.sign == Sign::Required; });
        // With something required, the words only add weight; alone, they are what matches.
        if (optional.query) {
            if (!any_required) optional.sign = Sign::Required;
            kept.push_back(std::move(optional));
        }
        return all_of(std::move(kept), false);
    }

    // Whether a word's terms are found in more than kCommonWordShare of the archive.
    bool is_common(const std::vector<std::string>& terms) const {
        if (!context_.database || context_.database->get_doccount() == 0) return false;
        Xapian::doccount most = 0;
        for (const std::string& term : terms) most = std::max(most, context_.database->get_termfreq(term));
        return most > kCommonWordShare * context_.database->get_doccount();
    }

    Node parse_and(Scope scope, const QueryToken* after) {
        std::vector<Node> parts{parse_not(scope, after)};
        while (at(Kind::And)) {
            const QueryToken& op = next();
            parts.push_back(parse_not(scope, &op));
        }
        return parts.size() == 1 ? std::move(parts.front()) : all_of(std::move(parts), true);
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
            left = all_of(std::move(parts), true);
        }
        return left;
    }

    Node parse_near(Scope scope, const QueryToken* after) {
        Node left = parse_unary(scope, after);
        if (!at(Kind::Near)) return left;
        std::vector<Atom> atoms{near_operand(left, peek())};
        unsigned window = 0;
        while (at(Kind::Near)) {
            const QueryToken& op = next();
            window = std::max(window, op.window);
            atoms.push_back(near_operand(parse_unary(scope, &op), op));
            if (atoms.back().fields != atoms.front().fields) {
                throw QueryError("NEAR needs words of the same fields on both sides", op.position);
            }
        }
        return near_node(atoms, window);
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
        if (!node.query) throw QueryError(needs_value, token.position);
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
            case FieldKind::Id:
                return filter_node(Query(id_term(token.text)));
            case FieldKind::Keyword:
                return filter_node(Query(keyword_term(*scope.field, keyword_value(*scope.field, token.text))));
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
        Atom atom{{}, words.back().position - words.front().position + 1, fields_of(scope)};
        for (const Token& word : words) atom.stems.push_back(stems_of(word.word));
        if (!scope.negated) add_highlights(atom);
        Node node =
            scored_node(over_fields(atom.fields, [&atom](const FieldSpec& field) { return atom_query(atom, field); }));
        node.atom = std::move(atom);
        return node;
    }

    Node wildcard_node(const QueryToken& token, Scope scope) {
        const std::string_view stem_part = std::string_view(token.text).substr(0, token.text.size() - 1);
        const std::vector<Token> words = context_.analyzer.words(stem_part);
        if (words.empty()) return Node{};
        if (words.size() > 1) {
            throw QueryError("a wildcard * can only end a single word, not '" + token.text + "'", token.position);
        }
        count_terms(1, token.position);
        const std::string& prefix = words.front().word;
        return scored_node(over_fields(fields_of(scope), [this, &prefix](const FieldSpec& field) {
            return wildcard_query(text_term(field, prefix));
        }));
    }

    static bool is_wildcard(const QueryToken& token) {
        return token.kind == Kind::Word && token.text.size() > 1 && token.text.back() == '*';
    }

    // The wildcard_expansion_ most frequent terms starting with `term_prefix`, ties in term order.
    // The same wildcard twice in a query scans the vocabulary once.
    Query wildcard_query(const std::string& term_prefix) {
        const auto known = wildcard_expansions_.find(term_prefix);
        if (known != wildcard_expansions_.end()) return known->second;
        Query query = expand_wildcard(term_prefix);
        wildcard_expansions_.emplace(term_prefix, query);
        return query;
    }

    Query expand_wildcard(const std::string& term_prefix) const {
        if (!context_.database) {
            return Query(Query::OP_WILDCARD, term_prefix, wildcard_expansion_, Query::WILDCARD_LIMIT_MOST_FREQUENT,
                         Query::OP_MAX);
        }
        const Xapian::Database& db = *context_.database;
        std::vector<std::pair<Xapian::doccount, std::string>> terms;
        for (auto term = db.allterms_begin(term_prefix); term != db.allterms_end(term_prefix); ++term)
            terms.emplace_back(term.get_termfreq(), *term);
        const std::size_t keep = std::min<std::size_t>(wildcard_expansion_, terms.size());
        std::partial_sort(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(keep), terms.end(),
                          [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        std::vector<Query> expansions;
        for (std::size_t i = 0; i < keep; ++i) expansions.emplace_back(terms[i].second);
        return expansions.empty() ? Query::MatchNothing : join(Query::OP_MAX, expansions);
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
        return filter_node(date_filter(range));
    }

    Query date_filter(const DateRange& range) const {
        if (context_.earliest_indexed && context_.latest_indexed) {
            return date_range_query(range, *context_.earliest_indexed, *context_.latest_indexed);
        }
        // Nothing in the index is dated: only a closed range can be built, and it matches nothing anyway.
        if (range.first && range.last) return date_range_query(range, *range.first, *range.last);
        return Query::MatchNothing;
    }

    Node near_node(const std::vector<Atom>& atoms, unsigned window) {
        return scored_node(over_fields(atoms.front().fields, [&atoms, window](const FieldSpec& field) {
            std::vector<Query> words;
            for (const Atom& atom : atoms) {
                for (const auto& stems : atom.stems) words.push_back(word_query(stems, field, Query::OP_OR));
            }
            // Xapian's window spans all the words; the user's counts the words in between.
            const auto span = static_cast<Xapian::termcount>(window + words.size() - 1);
            return Query(Query::OP_NEAR, words.begin(), words.end(), span);
        }));
    }

    static Atom near_operand(const Node& node, const QueryToken& op) {
        if (!node.atom || node.sign == Sign::Excluded) {
            throw QueryError("NEAR needs a word or a phrase on each side", op.position);
        }
        return *node.atom;
    }

    static Query word_query(const std::vector<std::string>& stems, const FieldSpec& field, Query::op op) {
        std::vector<Query> terms;
        for (const std::string& stem : stems) terms.emplace_back(text_term(field, stem));
        return join(op, terms);
    }

    // A word's stems in several languages (and a wildcard's expansions) combine by OP_MAX, not
    // OP_SYNONYM: a synonym sums wdfs, which would mix up the lengths they carry (length_norm.hpp).
    // OP_PHRASE accepts only terms or ORs of terms as subqueries, hence OP_OR there.
    static Query atom_query(const Atom& atom, const FieldSpec& field) {
        if (atom.stems.size() == 1) return word_query(atom.stems.front(), field, Query::OP_MAX);
        std::vector<Query> pairs = word_pairs(atom, field);
        if (pairs.size() == 1) return pairs.front();  // "A B" is exactly the pair term A B
        std::vector<Query> words;
        for (const auto& stems : atom.stems) words.push_back(word_query(stems, field, Query::OP_OR));
        const Query phrase(Query::OP_PHRASE, words.begin(), words.end(), atom.span);
        if (pairs.empty()) return phrase;
        // Positions are checked only where every pair of the phrase occurs: far fewer documents.
        return Query(Query::OP_FILTER, phrase, Query(Query::OP_AND, pairs.begin(), pairs.end()));
    }

    // The pair terms of a phrase of adjacent single-stem words in a field indexed with pairs, else none.
    static std::vector<Query> word_pairs(const Atom& atom, const FieldSpec& field) {
        if (field.pair_prefix.empty() || atom.span != atom.stems.size()) return {};
        for (const auto& stems : atom.stems)
            if (stems.size() != 1) return {};
        std::vector<Query> pairs;
        for (std::size_t i = 1; i < atom.stems.size(); ++i)
            pairs.emplace_back(pair_term(field, atom.stems[i - 1].front(), atom.stems[i].front()));
        return pairs;
    }

    template <typename PerField>
    static Query over_fields(const std::vector<const FieldSpec*>& fields, const PerField& per_field) {
        std::vector<Query> parts;
        for (const FieldSpec* field : fields) {
            parts.emplace_back(Query::OP_SCALE_WEIGHT, per_field(*field), field->weight);
        }
        return join(Query::OP_OR, parts);
    }

    std::vector<std::string> stems_of(const std::string& word) const {
        std::vector<std::string> stems;
        for (const std::string& language : context_.languages) {
            std::string stem = context_.analyzer.stem(word, language);
            if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(std::move(stem));
        }
        return stems;
    }

    void add_highlights(const Atom& atom) {
        const bool shown = std::any_of(atom.fields.begin(), atom.fields.end(), [](const FieldSpec* field) {
            return field->id == FieldId::Headline || field->id == FieldId::Body;
        });
        if (!shown) return;
        for (const auto& stems : atom.stems) highlight_stems_.insert(stems.begin(), stems.end());
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
    DefaultOperator op_;
    std::vector<const FieldSpec*> default_fields_;
    std::set<std::string> highlight_stems_;
    std::size_t terms_ = 0;
    std::size_t nesting_ = 0;
    std::size_t optional_words_ = 0;
    double presence_tier_ = 0;
    std::map<std::string, Query> wildcard_expansions_;
    Xapian::termcount wildcard_expansion_ = kWildcardExpansions;  // per wildcard: the query's share
};

}  // namespace

ParsedQuery parse_query(std::string_view text, const QueryContext& context, DefaultOperator op) {
    if (context.languages.empty()) throw Error("parse_query needs at least one stemming language");
    return Parser(lex_query(text), context, op).run();
}

}  // namespace morgue
