#pragma once

#include <string_view>

namespace morgue::serve {

// GET /: the search page, one self-contained HTML document (inline CSS and script) that talks
// to /search and /stats.
std::string_view search_page_html();

}  // namespace morgue::serve
