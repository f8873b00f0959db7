#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads one HTML news page per file (see html/html_article.hpp for what is taken from where).
// The article id is the page's canonical URL, else the file's path. A page that yields no article
// text is reported as an ArticleSkipped problem and gives no article.
void read_html(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
