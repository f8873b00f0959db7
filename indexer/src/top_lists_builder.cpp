#include "top_lists_builder.hpp"

#include "parallel_for.hpp"

#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace morgue {
namespace {

bool is_body_word(const std::string& term) { return !term.empty() && !is_prefixed_term(term); }

// The ranked query a term's list answers: the plain query of a body word, or headline:word.
std::optional<Xapian::Query> query_ranked_by(const std::string& term) {
    if (is_body_word(term)) return plain_word_query(term);
    const FieldSpec& headline = field_spec(FieldId::Headline);
    if (term.starts_with(headline.prefix) && is_body_word(term.substr(headline.prefix.size())))
        return field_word_query(headline, term.substr(headline.prefix.size()));
    return std::nullopt;
}

void remove_lists(Xapian::WritableDatabase& db) {
    const std::string prefix(kMetaTopListPrefix);
    std::vector<std::string> keys;
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) keys.push_back(*it);
    for (const auto& key : keys) db.set_metadata(key, "");  // an empty value removes the key
}

}  // namespace

std::size_t build_top_lists(Xapian::WritableDatabase& db, const std::string& path, const TopListLimits& limits,
                            unsigned threads) {
    // Read everything first, then write: metadata lives in the table the term iterator walks.
    std::vector<std::pair<std::string, Xapian::Query>> terms;
    for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it)
        if (it.get_termfreq() >= limits.min_articles)
            if (auto query = query_ranked_by(*it)) terms.emplace_back(*it, std::move(*query));

    // Each thread reads the committed database through its own handle (Xapian objects are not shared).
    std::vector<std::string> lists(terms.size());
    const std::size_t chunk = std::max<std::size_t>(1, (terms.size() + threads - 1) / std::max(1u, threads));
    parallel_for((terms.size() + chunk - 1) / chunk, threads, [&](std::size_t part) {
        Xapian::Database reader(path);
        Xapian::Enquire enquire(reader);
        enquire.set_weighting_scheme(ranking_weight());
        std::vector<Xapian::docid> ids;
        for (std::size_t i = part * chunk; i < std::min(terms.size(), (part + 1) * chunk); ++i) {
            enquire.set_query(terms[i].second);
            const Xapian::MSet best = enquire.get_mset(0, static_cast<Xapian::doccount>(limits.list_size));
            ids.clear();
            for (auto hit = best.begin(); hit != best.end(); ++hit) ids.push_back(*hit);
            std::sort(ids.begin(), ids.end());
            lists[i] = encode_docids(ids);
        }
    });

    remove_lists(db);
    for (std::size_t i = 0; i < terms.size(); ++i) db.set_metadata(top_list_key(terms[i].first), lists[i]);
    db.set_metadata(std::string(kMetaTopListsUpTo), top_lists_mark(db));
    return terms.size();
}

void drop_top_lists(Xapian::WritableDatabase& db) {
    if (!db.get_metadata(std::string(kMetaTopListsUpTo)).empty()) db.set_metadata(std::string(kMetaTopListsUpTo), "");
}

}  // namespace morgue
