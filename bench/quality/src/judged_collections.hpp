#pragma once

#include "collection.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace morgue::quality {

// The judged collections of ../shared/corpora/ir-judged, in the order they are reported.
const std::vector<std::string>& judged_collection_names();

// Reads one collection (name as above, folder `dir`), with the quirks its README lists handled
// (CRAN's query numbering and reversed grades, CACM's dummy query, CISI's unjudged queries,
// LISA's duplicate records, NPL's layout). Throws std::runtime_error when a file is missing or
// the counts are not the published ones, so a damaged copy is not measured silently.
Collection load_judged_collection(const std::string& name, const std::filesystem::path& dir);

}  // namespace morgue::quality
