#pragma once

#include <morgue/date.hpp>
#include <morgue/searcher.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// How a SearchRequest's options are read from text: morgue-search's command line and
// morgue-serve's query parameters both use these, so both accept the same values and refuse the
// others with the same message. `option` is the name the user typed ("--sort" on the command line,
// "sort" in a URL); each function throws RequestError naming it and the accepted values.

// relevance, newest or oldest.
SortOrder parse_sort_order(std::string_view text, std::string_view option);
// most, all or any.
MatchMode parse_match_mode(std::string_view text, std::string_view option);

// Which end of a YYYY, YYYY-MM or YYYY-MM-DD date a bound takes: --from its first day, --to its last.
enum class DateBound { First, Last };
DateTime parse_date_bound(std::string_view text, std::string_view option, DateBound bound);

// The values parse_sort_order and parse_match_mode accept and the facet names SearchRequest::facets
// accepts, in the order help texts give them: the programs print them for --help and for shell
// completion (--list-values), so no list is copied anywhere else.
std::vector<std::string> sort_order_names();
std::vector<std::string> match_mode_names();
std::vector<std::string> facet_names();

// A recency half-life, "30d", "6w", "3m" or "2y", in days (> 0).
double parse_half_life_days(std::string_view text, std::string_view option);

}  // namespace morgue
