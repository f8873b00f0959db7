#pragma once

#include <morgue/searcher.hpp>

#include <string>

namespace morgue::serve {

// GET /stats: {"articles", "earliest", "latest" (ISO dates or null), "languages", "fields",
// "facets", "writable"}.
std::string stats_json(const DatabaseStats& stats, bool writable);

}  // namespace morgue::serve
