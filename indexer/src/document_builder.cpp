#include "document_builder.hpp"

#include <morgue/article_fields.hpp>
#include <morgue/length_norm.hpp>
#include <morgue/schema.hpp>
#include <morgue/stored_article.hpp>
#include <morgue/terms.hpp>
#include <morgue/values.hpp>

#include <map>
#include <optional>
#include <string>

namespace morgue {
namespace {

// Separates the values of a list field (two authors), and the headline from the body in the
// article text, so a phrase cannot match across them.
constexpr Xapian::termpos kValueGap = 100;

void add_date(Xapian::Document& doc, const FieldSpec& field, const DateTime& date) {
    doc.add_boolean_term(day_term(date));
    doc.add_boolean_term(month_term(date.year, date.month));
    doc.add_boolean_term(year_term(date.year));
    if (field.slot) doc.add_value(*field.slot, date_value(date));
}

}  // namespace

// The text terms of one article as they are collected: positions go straight into the document
// (with no wdf), occurrences are counted per field and written as one encoded wdf at the end.
class TextTerms {
public:
    explicit TextTerms(Xapian::Document& doc) : doc_(doc) {}

    // Words of `field`; `lane` 1 marks the headline's words inside the article text.
    void add(const FieldSpec& field, const std::string& term, std::optional<Xapian::termpos> position, int lane = 0) {
        if (position) doc_.add_posting(term, *position, 0);
        Entry& entry = terms_[term];
        entry.field = &field;
        entry.text_word = field.id == FieldId::Body;
        ++entry.occurrences[lane];
    }

    void add_length(const FieldSpec& field, Xapian::termcount words) {
        if (words > 0) lengths_[&field] = words;
    }

    // Writes each term's wdf (length_norm.hpp) and each field's length term.
    void finish() {
        const FieldSpec& headline = field_spec(FieldId::Headline);
        for (const auto& [term, entry] : terms_) {
            const Xapian::termcount wdf =
                entry.text_word
                    ? text_wdf({entry.occurrences[0], norm_of(*entry.field)}, {entry.occurrences[1], norm_of(headline)})
                    : field_wdf(entry.field->norm_slot, {entry.occurrences[0], norm_of(*entry.field)});
            doc_.add_term(term, wdf);
        }
        for (const auto& [field, words] : lengths_) doc_.add_term(length_term(*field), words);
    }

private:
    struct Entry {
        const FieldSpec* field = nullptr;
        bool text_word = false;
        Xapian::termcount occurrences[2] = {0, 0};
    };

    std::uint8_t norm_of(const FieldSpec& field) const {
        const auto it = lengths_.find(&field);
        return length_norm(it == lengths_.end() ? 0 : it->second);
    }

    Xapian::Document& doc_;
    std::map<std::string, Entry> terms_;
    std::map<const FieldSpec*, Xapian::termcount> lengths_;
};

Xapian::termpos DocumentBuilder::add_text(TextTerms& terms, const FieldSpec& field,
                                          const std::vector<std::string>& values, const std::string& language,
                                          Xapian::termpos base, const FieldSpec* text) const {
    Xapian::termcount words = 0;
    Xapian::termpos last = base;
    for (const auto& value : values) {
        std::optional<std::string> previous_stem;  // of the word just before, within this value
        Xapian::termpos previous = 0;
        analyzer_.for_each_word(value, [&](const Token& token) {
            const Xapian::termpos position = base + token.position;
            std::string stem = analyzer_.stem(token.word, language);
            if (!token.part) ++words;  // a word's parts are the same word
            if (field.id == FieldId::Body) {
                terms.add(field, text_term(field, stem), position);
            } else {
                terms.add(field, text_term(field, stem), position);
                if (text) terms.add(*text, text_term(*text, stem), position, 1);
            }
            if (token.part) return;
            if (!field.pair_prefix.empty() && previous_stem && position == previous + 1)
                terms.add(field, pair_term(field, *previous_stem, stem), std::nullopt);
            previous_stem = std::move(stem);
            previous = position;
            last = position;
        });
        base = last + kValueGap;
    }
    terms.add_length(field, words);
    return base;
}

Xapian::Document DocumentBuilder::build(const Article& article, const std::string& language) const {
    Xapian::Document doc;
    TextTerms terms(doc);
    const FieldSpec& text = field_spec(FieldId::Body);
    // The article text: the headline's words first (they are also the headline's own terms), then
    // the body's, after a gap.
    Xapian::termpos text_position = 1;
    for (const FieldSpec& field : schema_fields()) {
        if (field.id == FieldId::Language) continue;  // the resolved language is added below
        const std::vector<std::string> values = field_values(article, field.id);
        switch (field.kind) {
            case FieldKind::Id:
                doc.add_boolean_term(id_term(article.id));
                break;
            case FieldKind::Text:
                if (field.in_article_text)
                    text_position = add_text(terms, field, values, language, text_position, &text);
                else if (field.id == FieldId::Body)
                    add_text(terms, field, values, language, text_position, nullptr);
                else
                    add_text(terms, field, values, language, 1, nullptr);
                break;
            case FieldKind::Keyword:
                for (const auto& value : values) doc.add_boolean_term(keyword_term(field, analyzer_.fold(value)));
                break;
            case FieldKind::Date:
                if (article.date) add_date(doc, field, *article.date);
                break;
        }
        if (field.kind != FieldKind::Date && field.slot && !values.empty())
            doc.add_value(*field.slot, list_value(values));
    }
    terms.finish();
    doc.add_boolean_term(keyword_term(field_spec(FieldId::Language), language));
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
