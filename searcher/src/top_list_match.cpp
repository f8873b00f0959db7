#include "top_list_match.hpp"

#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace morgue {
namespace {

// The documents of a top list (all at or below the lists' mark) followed by every document after
// the mark, in ascending order: a filter, contributing no weight.
class TopListSource : public Xapian::PostingSource {
public:
    TopListSource(std::vector<Xapian::docid> ids, Xapian::docid up_to) : ids_(std::move(ids)), up_to_(up_to) {}

    void init(const Xapian::Database& db) override {
        last_ = db.get_lastdocid();
        position_ = 0;
        started_ = false;
    }
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return size(); }
    Xapian::doccount get_termfreq_max() const override { return size(); }

    void next(double) override {
        if (started_) ++position_;
        started_ = true;
    }
    void skip_to(Xapian::docid target, double) override {
        started_ = true;
        if (get_docid() >= target) return;
        if (target <= up_to_)
            position_ = static_cast<std::size_t>(std::lower_bound(ids_.begin(), ids_.end(), target) - ids_.begin());
        else
            position_ = ids_.size() + (target - up_to_ - 1);
    }
    bool at_end() const override { return started_ && get_docid() > last_; }
    Xapian::docid get_docid() const override {
        if (position_ < ids_.size()) return ids_[position_];
        return up_to_ + 1 + static_cast<Xapian::docid>(position_ - ids_.size());
    }
    std::string name() const override { return "morgue::TopListSource"; }

private:
    Xapian::doccount size() const {
        return static_cast<Xapian::doccount>(ids_.size()) + (last_ > up_to_ ? last_ - up_to_ : 0);
    }

    std::vector<Xapian::docid> ids_;
    Xapian::docid up_to_;
    Xapian::docid last_ = 0;
    std::size_t position_ = 0;
    bool started_ = false;
};

// The term whose top list answers `query`, with how many articles match it: a body word's for the
// plain query of that word, a headline term's for headline:word.
struct ListedQuery {
    std::string term;
    std::optional<Xapian::doccount> matches;
};

// Articles holding the word in any default field: the sum over fields less those holding it in
// two (exact for the two default fields, headline and body).
// Without `exact`, estimated as Xapian estimates an OR: as if the fields held the word independently.
std::optional<Xapian::doccount> count_plain_matches(const Xapian::Database& db, const std::string& word, bool exact) {
    std::vector<std::string> terms;
    for (const FieldSpec& field : schema_fields())
        if (field.default_search) terms.push_back(text_term(field, word));
    if (terms.size() != 2) return std::nullopt;
    if (!exact) {
        const double a = db.get_termfreq(terms[0]), b = db.get_termfreq(terms[1]);
        return static_cast<Xapian::doccount>(a + b - a * b / std::max<double>(1, db.get_doccount()) + 0.5);
    }
    Xapian::Enquire both(db);
    both.set_query(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()));
    both.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet counted = both.get_mset(0, 0, db.get_doccount());
    return db.get_termfreq(terms[0]) + db.get_termfreq(terms[1]) - counted.get_matches_estimated();
}

std::optional<ListedQuery> listed_query(const Xapian::Database& db, const Xapian::Query& query) {
    std::vector<std::string> terms(query.get_unique_terms_begin(), query.get_unique_terms_end());
    const FieldSpec& headline = field_spec(FieldId::Headline);
    if (terms.size() == 1 && terms[0].starts_with(headline.prefix)) {
        const std::string word = terms[0].substr(headline.prefix.size());
        if (is_prefixed_term(word) || query.serialise() != field_word_query(headline, word).serialise()) return std::nullopt;
        return ListedQuery{terms[0], db.get_termfreq(terms[0])};
    }
    std::optional<std::string> word;
    for (const std::string& term : terms) {
        if (is_prefixed_term(term)) continue;
        if (word) return std::nullopt;
        word = term;
    }
    if (!word || query.serialise() != plain_word_query(*word).serialise()) return std::nullopt;
    return ListedQuery{*word, std::nullopt};  // counted only once the list is known to exist
}

}  // namespace

std::optional<TopListMatch> top_list_match(const Xapian::Database& db, Xapian::docid up_to, const Xapian::Query& query,
                                          std::size_t wanted, bool exact_count) {
    std::optional<ListedQuery> listed = listed_query(db, query);
    if (!listed) return std::nullopt;
    const std::string list = db.get_metadata(top_list_key(listed->term));
    if (list.empty()) return std::nullopt;
    std::vector<Xapian::docid> ids = decode_docids(list);
    if (wanted > ids.size()) return std::nullopt;
    const std::optional<Xapian::doccount> matches = listed->matches ? listed->matches : count_plain_matches(db, listed->term, exact_count);
    if (!matches) return std::nullopt;
    auto* source = new TopListSource(std::move(ids), up_to);
    Xapian::Query restricted(Xapian::Query::OP_FILTER, query, Xapian::Query(source->release()));
    return TopListMatch{std::move(restricted), *matches, exact_count || listed->matches.has_value()};
}

}  // namespace morgue
