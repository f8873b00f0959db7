#pragma once

#include <morgue/searcher.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace morgue::quality {

// The one table of how morgue is asked: a mode's name on the command line and in the reports,
// and what it sets in the SearchRequest. A new match mode is one line here.
struct SearchMode {
    std::string_view name;
    void (*apply)(SearchRequest& request);
};

const std::vector<SearchMode>& search_modes();

// The mode named `name`; throws std::invalid_argument listing the names otherwise.
const SearchMode& search_mode(std::string_view name);

}  // namespace morgue::quality
