#pragma once

#include "readers/html/page_metadata.hpp"

#include <string_view>
#include <vector>

namespace morgue::readers::html {

// The article schema.org JSON-LD describes, from the texts of a page's
// <script type="application/ld+json"> elements: the first object (top level, in a list or in an
// "@graph") whose @type is an article type (NewsArticle, Article, ReportageNewsArticle, BlogPosting,
// LiveBlogPosting...). headline, author (a string, an object with a name, a list of either, or an
// "@id" reference to another object of the graph), datePublished (dateModified when there is none),
// publisher.name, articleSection, articleBody, url / mainEntityOfPage, inLanguage.
// Invalid JSON and objects of other types are ignored: an empty result means no article was found.
PageMetadata linked_data_article(const std::vector<std::string_view>& scripts);

}  // namespace morgue::readers::html
