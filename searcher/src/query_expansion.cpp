#include "query_expansion.hpp"

#include <morgue/terms.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace morgue {

std::vector<ExpansionWord> expansion_words(const Xapian::Database& db, const Xapian::MSet& feedback,
                                           const std::set<std::string>& query_terms) {
    std::map<std::string, Xapian::doccount> articles_holding;
    for (auto it = feedback.begin(); it != feedback.end(); ++it) {
        const Xapian::Document article = it.get_document();
        for (auto term = article.termlist_begin(); term != article.termlist_end(); ++term) {
            const std::string& word = *term;
            // Article text only: field, date and id terms carry a prefix, word pairs a space.
            if (word.empty() || is_prefixed_term(word) || word.find(' ') != std::string::npos) continue;
            if (!query_terms.count(word)) ++articles_holding[word];
        }
    }
    const double documents = std::max<double>(1, db.get_doccount());
    std::vector<ExpansionWord> words;
    for (const auto& [term, holding] : articles_holding) {
        if (holding < kMinFeedbackArticles) continue;
        const double rarity = std::log(documents / std::max<double>(1, db.get_termfreq(term)));
        if (rarity > 0) words.push_back({term, static_cast<double>(holding) / feedback.size() * rarity});
    }
    std::sort(words.begin(), words.end(), [](const ExpansionWord& a, const ExpansionWord& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    });
    if (words.size() > kExpansionWords) words.resize(kExpansionWords);
    if (words.empty()) return words;
    const double best = words.front().weight;
    for (ExpansionWord& word : words) word.weight *= kExpansionWeight / best;
    return words;
}

Xapian::Query expanded_query(const Xapian::Query& query, const std::vector<ExpansionWord>& words, Xapian::Query::op op) {
    if (words.empty()) return query;
    std::vector<Xapian::Query> added;
    for (const ExpansionWord& word : words)
        added.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(word.term), word.weight);
    return Xapian::Query(op, query, Xapian::Query(Xapian::Query::OP_OR, added.begin(), added.end()));
}

}  // namespace morgue
