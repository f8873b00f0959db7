#pragma once

#include <morgue/article.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace morgue::readers::html {

// What one HTML page gives: its article, or why it gives none.
struct HtmlReading {
    std::optional<Article> article;
    std::string problem;             // set when there is no article: "no article text found", ...
    std::size_t problem_offset = 0;  // byte offset of the problem in the page
};

// Reads the article of a news page. Metadata comes from where publishers put it, most trusted first:
// schema.org JSON-LD, then OpenGraph / article: / plain <meta> tags, then the markup (<time datetime>,
// rel=author, <link rel=canonical>, <h1>, <title> without its " - Site" suffix). The body is the page's
// prose found by boilerplate removal (boilerplate.hpp), or the JSON-LD articleBody when the publisher
// gives one; paragraphs joined with "\n\n"; a leading dateline becomes the dateline field.
// The id is the canonical URL (<link rel=canonical>, og:url, JSON-LD url), else empty.
// Never throws for bad content.
HtmlReading read_html_article(std::string_view html);

// The Snowball language of an HTML/BCP 47 code: "de-DE" -> "german"; empty when unknown.
std::string language_of_code(std::string_view code);

}  // namespace morgue::readers::html
