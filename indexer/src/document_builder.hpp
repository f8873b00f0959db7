#pragma once

#include <morgue/analyzer.hpp>
#include <morgue/article.hpp>
#include <morgue/schema.hpp>

#include <xapian.h>

#include <string>
#include <vector>

namespace morgue {

class TextTerms;

// Turns an article into the Xapian document the schema describes: terms with positions for text
// fields, filter terms for keywords and dates, value slots for sorting and facets, and the stored
// article as document data.
class DocumentBuilder {
public:
    explicit DocumentBuilder(const Analyzer& analyzer) : analyzer_(analyzer) {}

    // `language` is the canonical stemming language for this article.
    Xapian::Document build(const Article& article, const std::string& language) const;

private:
    // Adds a text field's words from position `base` on, each also to `text` (the article text)
    // when given; returns the position after the field (and a gap).
    Xapian::termpos add_text(TextTerms& terms, const FieldSpec& field, const std::vector<std::string>& values,
                             const std::string& language, Xapian::termpos base, const FieldSpec* text) const;

    const Analyzer& analyzer_;
};

}  // namespace morgue
