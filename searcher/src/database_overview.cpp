#include "database_overview.hpp"

#include <morgue/database_metadata.hpp>
#include <morgue/schema.hpp>
#include <morgue/stored_article.hpp>
#include <morgue/terms.hpp>
#include <morgue/values.hpp>

namespace morgue {

std::optional<Article> find_article(const Xapian::Database& db, std::string_view id) {
    const std::string term = id_term(id);
    const Xapian::PostingIterator posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return std::nullopt;
    return decode_stored_article(db.get_document(*posting).get_data());
}

DatabaseStats database_stats(const Xapian::Database& db) {
    DatabaseStats stats;
    stats.articles = db.get_doccount();
    const unsigned slot = *field_spec(FieldId::Date).slot;
    if (const std::string low = db.get_value_lower_bound(slot); !low.empty()) stats.earliest = date_from_value(low);
    if (const std::string high = db.get_value_upper_bound(slot); !high.empty()) stats.latest = date_from_value(high);
    for (const std::string& language : stored_languages(db)) stats.languages.push_back(language);
    for (const FieldSpec& field : schema_fields()) stats.fields.emplace_back(field.name);
    for (const FacetSpec& facet : facet_specs()) stats.facets.emplace_back(facet.name);
    return stats;
}

}  // namespace morgue
