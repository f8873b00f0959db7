#include "document_builder.hpp"

#include <morgue/article_fields.hpp>
#include <morgue/length_norm.hpp>
#include <morgue/schema.hpp>
#include <morgue/stored_article.hpp>
#include <morgue/terms.hpp>
#include <morgue/values.hpp>

#include <optional>
#include <string>

namespace morgue {
namespace {

// Separates the values of a list field (two authors) so a phrase cannot match across them.
constexpr Xapian::termpos kValueGap = 100;

void add_date(Xapian::Document& doc, const FieldSpec& field, const DateTime& date) {
    doc.add_boolean_term(day_term(date));
    doc.add_boolean_term(month_term(date.year, date.month));
    doc.add_boolean_term(year_term(date.year));
    if (field.slot) doc.add_value(*field.slot, date_value(date));
}

}  // namespace

void DocumentBuilder::add_text(Xapian::Document& doc, const FieldSpec& field, const std::vector<std::string>& values,
                               const std::string& language) const {
    Xapian::termpos base = 1;
    for (const auto& value : values) {
        Xapian::termpos last = base;
        std::optional<std::string> previous_stem;  // of the word just before, within this value
        analyzer_.for_each_word(value, [&](const Token& token) {
            const Xapian::termpos position = base + token.position;
            std::string stem = analyzer_.stem(token.word, language);
            doc.add_posting(text_term(field, stem), position);
            if (!field.pair_prefix.empty() && previous_stem && position == last + 1)
                doc.add_term(pair_term(field, *previous_stem, stem));
            previous_stem = std::move(stem);
            last = position;
        });
        base = last + kValueGap;
    }
}

Xapian::Document DocumentBuilder::build(const Article& article, const std::string& language) const {
    Xapian::Document doc;
    for (const FieldSpec& field : schema_fields()) {
        if (field.id == FieldId::Language) continue;  // the resolved language is added below
        const std::vector<std::string> values = field_values(article, field.id);
        switch (field.kind) {
            case FieldKind::Id: doc.add_boolean_term(id_term(article.id)); break;
            case FieldKind::Text: add_text(doc, field, values, language); break;
            case FieldKind::Keyword:
                for (const auto& value : values) doc.add_boolean_term(keyword_term(field, analyzer_.fold(value)));
                break;
            case FieldKind::Date:
                if (article.date) add_date(doc, field, *article.date);
                break;
        }
        if (field.kind != FieldKind::Date && field.slot && !values.empty()) doc.add_value(*field.slot, list_value(values));
    }
    doc.add_boolean_term(keyword_term(field_spec(FieldId::Language), language));
    encode_length_norms(doc);
    if (article.language == language) {
        doc.set_data(encode_stored_article(article));
    } else {  // store the language the article was analyzed in, so snippets stem it the same way
        Article stored = article;
        stored.language = language;
        doc.set_data(encode_stored_article(stored));
    }
    return doc;
}

}  // namespace morgue
