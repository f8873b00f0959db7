#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <vector>

namespace morgue {

Xapian::BM25Weight ranking_weight() { return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5); }

Xapian::Query field_word_query(const FieldSpec& field, const std::string& stem) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(text_term(field, stem)), field.weight);
}

Xapian::Query plain_word_query(const std::string& stem) {
    std::vector<Xapian::Query> parts;
    for (const FieldSpec& field : schema_fields())
        if (field.default_search) parts.push_back(field_word_query(field, stem));
    return parts.size() == 1 ? parts.front() : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace morgue
