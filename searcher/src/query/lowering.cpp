#include "query/lowering.hpp"

#include "date_filter.hpp"
#include "presence_source.hpp"

#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace morgue {

using Query = Xapian::Query;

struct QueryLowering::Lowered {
    std::optional<Query> query;    // nullopt: nothing searchable
    bool scored = false;           // false for filters, which must not change the ranking
    bool complement = false;       // the query already is "all documents except ..."
    Sign sign = Sign::Plain;
    const Words* atom = nullptr;   // a word or phrase as written (LogicalNode::atom)
};

namespace {

using Lowered = QueryLowering::Lowered;

Query join(Query::op op, const std::vector<Query>& parts) {
    return parts.size() == 1 ? parts.front() : Query(op, parts.begin(), parts.end());
}

Query unweighted(const Query& query) {
    return query.get_type() == Query::OP_SCALE_WEIGHT ? query : Query(Query::OP_SCALE_WEIGHT, query, 0.0);
}

Lowered scored_node(Query query) {
    Lowered node;
    node.query = std::move(query);
    node.scored = true;
    return node;
}

Lowered filter_node(Query query) {
    Lowered node;
    node.query = std::move(query);
    return node;
}

Lowered complement_of(const Lowered& node) {
    Lowered out = filter_node(Query(Query::OP_AND_NOT, Query::MatchAll, *node.query));
    out.complement = true;
    return out;
}

// Parts joined by AND (all = true) or by juxtaposition under DefaultOperator::Any (all = false):
// required parts must match, optional ones add weight, filters restrict, excluded parts are removed.
Lowered all_of(std::vector<Lowered> parts, bool all) {
    std::vector<Query> required, optional, filters, excluded_parts;
    for (Lowered& part : parts) {
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
    Lowered out;
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

Lowered any_of(std::vector<Lowered> parts) {
    std::vector<Lowered> kept;
    for (Lowered& part : parts) {
        if (!part.query) continue;
        kept.push_back(part.sign == Sign::Excluded ? complement_of(part) : std::move(part));
    }
    if (kept.empty()) return Lowered{};
    if (kept.size() == 1) {
        kept.front().sign = Sign::Plain;
        return std::move(kept.front());
    }
    const bool scored = std::any_of(kept.begin(), kept.end(), [](const Lowered& n) { return n.scored; });
    std::vector<Query> queries;
    for (const Lowered& part : kept) queries.push_back(scored && !part.scored ? unweighted(*part.query) : *part.query);
    return scored ? scored_node(join(Query::OP_OR, queries)) : filter_node(join(Query::OP_OR, queries));
}

Query terms_query(const std::vector<std::string>& stems, const FieldSpec& field, Query::op op) {
    std::vector<Query> terms;
    for (const std::string& stem : stems) terms.emplace_back(text_term(field, stem));
    return join(op, terms);
}

// The pair terms of a phrase of adjacent single-stem words in a field indexed with pairs, else none.
std::vector<Query> word_pairs(const Words& words, const FieldSpec& field) {
    if (field.pair_prefix.empty() || words.span != words.stems.size()) return {};
    for (const auto& stems : words.stems)
        if (stems.size() != 1) return {};
    std::vector<Query> pairs;
    for (std::size_t i = 1; i < words.stems.size(); ++i)
        pairs.emplace_back(pair_term(field, words.stems[i - 1].front(), words.stems[i].front()));
    return pairs;
}

// A phrase in one field, unscaled. OP_PHRASE accepts only terms or ORs of terms as subqueries.
Query phrase_query(const Words& words, const FieldSpec& field) {
    std::vector<Query> pairs = word_pairs(words, field);
    if (pairs.size() == 1) return pairs.front();  // "A B" is exactly the pair term A B
    std::vector<Query> parts;
    for (const auto& stems : words.stems) parts.push_back(terms_query(stems, field, Query::OP_OR));
    const Query phrase(Query::OP_PHRASE, parts.begin(), parts.end(), words.span);
    if (pairs.empty()) return phrase;
    // Positions are checked only where every pair of the phrase occurs: far fewer documents.
    return Query(Query::OP_FILTER, phrase, Query(Query::OP_AND, pairs.begin(), pairs.end()));
}

template <typename PerField>
Query over_fields(const std::vector<const FieldSpec*>& fields, const PerField& per_field) {
    std::vector<Query> parts;
    for (const FieldSpec* field : fields) parts.emplace_back(Query::OP_SCALE_WEIGHT, per_field(*field), field->weight);
    return join(Query::OP_OR, parts);
}

// A word or phrase over its fields. One word is field_word_query, the one query for a word.
Query words_query(const Words& words) {
    if (words.stems.size() == 1) {
        std::vector<Query> parts;
        for (const FieldSpec* field : words.fields) parts.push_back(field_word_query(*field, words.stems.front()));
        return join(Query::OP_OR, parts);
    }
    return over_fields(words.fields, [&words](const FieldSpec& field) { return phrase_query(words, field); });
}

Query near_query(const std::vector<Words>& operands, unsigned window) {
    return over_fields(operands.front().fields, [&operands, window](const FieldSpec& field) {
        std::vector<Query> words;
        for (const Words& operand : operands)
            for (const auto& stems : operand.stems) words.push_back(terms_query(stems, field, Query::OP_OR));
        // Xapian's window spans all the words; the user's counts the words in between.
        const auto span = static_cast<Xapian::termcount>(window + words.size() - 1);
        return Query(Query::OP_NEAR, words.begin(), words.end(), span);
    });
}

}  // namespace

QueryLowering::QueryLowering(const LogicalQuery& query, const QueryContext& context)
    : query_(query), context_(context),
      wildcard_expansion_(static_cast<Xapian::termcount>(kWildcardExpansions / std::max<std::size_t>(1, query.wildcards))) {
    for (const FieldSpec& field : schema_fields())
        if (field.default_search) default_fields_.push_back(&field);
}

ParsedQuery QueryLowering::lower(DefaultOperator op) {
    ParsedQuery out;
    Lowered top = lower_node(query_.root, op, out);
    if (!top.query) return out;  // the parser refuses such a query
    if (top.sign == Sign::Excluded) top = complement_of(top);
    out.query = *top.query;
    if (!top.scored && !top.complement) out.query = Query(Query::OP_FILTER, Query::MatchAll, out.query);
    out.highlight_stems = query_.highlight_stems;
    return out;
}

Xapian::Query QueryLowering::lower_filter(const LogicalNode& node) {
    ParsedQuery unused;
    Lowered lowered = lower_node(node, DefaultOperator::All, unused);
    return lowered.query.value_or(Query::MatchAll);
}

QueryLowering::Lowered QueryLowering::lower_node(const LogicalNode& node, DefaultOperator op, ParsedQuery& out) {
    Lowered lowered;
    switch (node.kind) {
        case LogicalKind::Empty:
            break;
        case LogicalKind::MatchAll:
            lowered = scored_node(Query::MatchAll);
            break;
        case LogicalKind::Term:
        case LogicalKind::Phrase:
            lowered = scored_node(words_query(node.words));
            break;
        case LogicalKind::Near:
            lowered = scored_node(near_query(node.near_operands, node.window));
            break;
        case LogicalKind::Wildcard:
            lowered = scored_node(over_fields(node.words.fields, [this, &node](const FieldSpec& field) {
                return wildcard_query(text_term(field, node.prefix));
            }));
            break;
        case LogicalKind::KeywordFilter:
            lowered = filter_node(Query(keyword_term(*node.field, node.value)));
            break;
        case LogicalKind::IdFilter:
            lowered = filter_node(Query(id_term(node.value)));
            break;
        case LogicalKind::DateFilter:
            lowered = filter_node(date_filter(node.dates));
            break;
        case LogicalKind::Boolean: {
            std::vector<Lowered> parts;
            for (const LogicalNode& child : node.children) parts.push_back(lower_node(child, op, out));
            if (node.combine == Combine::Or)
                lowered = any_of(std::move(parts));
            else if (node.combine == Combine::And)
                lowered = all_of(std::move(parts), true);
            else if (op == DefaultOperator::Most)
                lowered = most_of(std::move(parts), out);
            else
                lowered = all_of(std::move(parts), op == DefaultOperator::All);
            break;
        }
    }
    if (node.kind != LogicalKind::Boolean || node.sign != Sign::Plain) lowered.sign = node.sign;
    if (node.atom) lowered.atom = &node.words;
    return lowered;
}

// Juxtaposed parts under DefaultOperator::Most: single plain words become optional, each
// adding kPresenceWeight when present (up to kStrictCountWords of them) unless it is common;
// everything else stays required.
QueryLowering::Lowered QueryLowering::most_of(std::vector<Lowered> parts, ParsedQuery& out) const {
    std::vector<Lowered> kept;
    std::vector<Query> counted, common;
    struct CountedWord {
        Query query;
        std::vector<std::string> terms;           // in the fields searched
        std::vector<std::string> headline_terms;  // the same stems in the headline
    };
    std::vector<CountedWord> words;
    for (Lowered& part : parts) {
        // Only plain words of the default fields relax: a field named (section:business) is asked for.
        const bool soft = part.query && part.scored && part.sign == Sign::Plain && part.atom &&
                          part.atom->stems.size() == 1 && part.atom->fields == default_fields_;
        if (!soft) {
            if (part.query && part.scored && part.sign == Sign::Plain) part.sign = Sign::Required;
            kept.push_back(std::move(part));
            continue;
        }
        ++out.optional_words;
        std::vector<std::string> terms, headline_terms;
        for (const FieldSpec* field : part.atom->fields)
            for (const std::string& stem : part.atom->stems.front()) terms.push_back(text_term(*field, stem));
        if (is_common(terms)) {
            common.push_back(*part.query);
            continue;
        }
        for (const std::string& stem : part.atom->stems.front())
            headline_terms.push_back(text_term(field_spec(FieldId::Headline), stem));
        words.push_back({*part.query, std::move(terms), std::move(headline_terms)});
    }
    // Short queries count the words held first. Longer ones (questions) put the articles holding
    // every counted word first, then rank by score alone.
    const bool strict = words.size() <= kStrictCountWords;
    if (!words.empty()) {
        out.presence_tier = kPresenceWeight;
        out.tier_is_all_words = !strict;
    }
    // Each AND of sources below: one source carries the tier, the others (weight 0) only require their word.
    std::vector<Query> every_word, every_word_in_headline;
    for (CountedWord& word : words) {
        counted.push_back(word.query);
        if (strict) {
            counted.emplace_back((new PresenceSource(std::move(word.terms), kPresenceWeight))->release());
        } else {
            const double weight = every_word.empty() ? kPresenceWeight : 0;
            every_word.emplace_back((new PresenceSource(std::move(word.terms), weight))->release());
        }
        const double weight = every_word_in_headline.empty() ? kHeadlineTier : 0;
        every_word_in_headline.emplace_back((new PresenceSource(std::move(word.headline_terms), weight))->release());
    }
    if (!every_word.empty()) counted.push_back(join(Query::OP_AND, every_word));
    if (!every_word_in_headline.empty()) {
        counted.push_back(join(Query::OP_AND, every_word_in_headline));
        out.headline_tier = kHeadlineTier;
    }
    Lowered optional;
    if (!counted.empty()) {
        optional = scored_node(join(Query::OP_OR, counted));
        if (!common.empty()) optional.query = Query(Query::OP_AND_MAYBE, *optional.query, join(Query::OP_OR, common));
    } else if (!common.empty()) {
        optional = scored_node(join(Query::OP_OR, common));
    }
    const bool any_required =
        std::any_of(kept.begin(), kept.end(), [](const Lowered& n) { return n.sign == Sign::Required; });
    // With something required, the words only add weight; alone, they are what matches.
    if (optional.query) {
        if (!any_required) optional.sign = Sign::Required;
        kept.push_back(std::move(optional));
    }
    return all_of(std::move(kept), false);
}

// Whether a word's terms are found in more than kCommonWordShare of the archive.
bool QueryLowering::is_common(const std::vector<std::string>& terms) const {
    if (!context_.database || context_.database->get_doccount() == 0) return false;
    Xapian::doccount most = 0;
    for (const std::string& term : terms) most = std::max(most, context_.database->get_termfreq(term));
    return most > kCommonWordShare * context_.database->get_doccount();
}

// The wildcard_expansion_ most frequent terms starting with `term_prefix`, ties in term order.
// The same wildcard twice in a query, or in both forms of a request, scans the vocabulary once.
Query QueryLowering::wildcard_query(const std::string& term_prefix) {
    const auto known = wildcard_expansions_.find(term_prefix);
    if (known != wildcard_expansions_.end()) return known->second;
    Query query = expand_wildcard(term_prefix);
    wildcard_expansions_.emplace(term_prefix, query);
    return query;
}

Query QueryLowering::expand_wildcard(const std::string& term_prefix) const {
    if (!context_.database) {
        return Query(Query::OP_WILDCARD, term_prefix, wildcard_expansion_, Query::WILDCARD_LIMIT_MOST_FREQUENT,
                     Query::OP_OR);  // not OP_MAX: word_forms_query says why
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
    return word_forms_query(expansions);
}

Query QueryLowering::within_request_dates(const Query& query, const std::optional<DateRange>& dates) const {
    if (!dates) return query;
    if (!context_.earliest_indexed || !context_.latest_indexed) return Query::MatchNothing;
    return Query(Query::OP_FILTER, query, date_range_query(*dates, *context_.earliest_indexed, *context_.latest_indexed));
}

Query QueryLowering::date_filter(const DateRange& range) const {
    if (context_.earliest_indexed && context_.latest_indexed)
        return date_range_query(range, *context_.earliest_indexed, *context_.latest_indexed);
    // Nothing in the index is dated: only a closed range can be built, and it matches nothing anyway.
    if (range.first && range.last) return date_range_query(range, *range.first, *range.last);
    return Query::MatchNothing;
}

}  // namespace morgue
