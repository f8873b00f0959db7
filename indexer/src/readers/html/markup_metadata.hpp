#pragma once

#include "readers/html/page_metadata.hpp"

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace morgue::readers::html {

// The places in a page's markup where publishers put an article's metadata, gathered in one walk.
struct MetadataMarkup {
    std::vector<std::string> linked_data;                   // texts of <script type="application/ld+json">
    std::vector<std::pair<std::string, std::string>> meta;  // <meta property|name|itemprop=K content=V>, K lower case
    std::string canonical;                                  // <link rel=canonical href>
    std::vector<std::string> times;         // <time datetime>, the article's own (pubdate, itemprop) first
    std::vector<std::string> author_links;  // text of <a rel=author>, <[itemprop=author]>, class "byline"/"author"
    std::vector<std::string> h1;            // text of each <h1>, those inside <article>/<main> first
    std::string title;                      // <title>
    std::string language;                   // <html lang>
};

MetadataMarkup gather_metadata_markup(const GumboNode* root);

// OpenGraph and article: meta tags, then the plain <meta name=...> ones: og:title, og:site_name,
// og:url, article:published_time, article:author, article:section, author, date, dc.*, parsely-*...
PageMetadata meta_tag_metadata(const MetadataMarkup& markup);

// What the page's elements say: <time datetime>, rel=author links, <link rel=canonical>, and the
// headline: the <h1> the <title> starts with, else the title without its site suffix (a page's first
// <h1> is often the site's logo), else the first <h1>.
PageMetadata element_metadata(const MetadataMarkup& markup, std::string_view site_name);

// "Storm closes port - The Harbour Times" -> "Storm closes port": a title's site-name suffix after
// " - ", " | ", " – ", " — ", " :: " or " · " goes when it names the site (or is 1-4 words and the
// rest is no shorter). The text is returned unchanged when nothing looks like a suffix.
std::string without_site_suffix(std::string_view title, std::string_view site_name);

}  // namespace morgue::readers::html
