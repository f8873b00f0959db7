#pragma once

#include <string_view>

// Content detection of the XML news formats, from a file's first bytes: the root element decides,
// never a name met further on (a feed may quote "<nitf" in an item).
namespace morgue::readers::xml {

// <rss>, Atom's <feed xmlns="http://www.w3.org/2005/Atom">, RSS 1.0's <rdf:RDF> of purl.org/rss/1.0.
bool looks_like_feed(std::string_view head);
// <nitf>, or NewsML-G2's <newsItem> / <newsMessage>.
bool looks_like_nitf(std::string_view head);

}  // namespace morgue::readers::xml
