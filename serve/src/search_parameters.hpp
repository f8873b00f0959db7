#pragma once

#include <morgue/searcher.hpp>
#include <morgue/server.hpp>

#include <map>
#include <string>

namespace morgue::serve {

// A URL's query parameters, decoded (a name may repeat).
using QueryParameters = std::multimap<std::string, std::string>;

// GET /search's parameters as a SearchRequest, read with morgue-search's own conversions
// (search_options.hpp):
//   q, sort=relevance|newest|oldest, match=most|all|any, limit, offset, from, to, facet (repeatable),
//   facet_limit, recent (half-life), snippets=true|false, estimate=true|false, expand=true|false.
// Throws RequestError for an unknown or repeated parameter, a value that cannot be read, a number
// past `limits`, or neither q nor a date bound: nothing a client sends is ignored.
SearchRequest search_request_from(const QueryParameters& parameters, const ServeLimits& limits);

}  // namespace morgue::serve
