#pragma once

#include <morgue/analyzer.hpp>
#include <morgue/date.hpp>

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace morgue {

// What parsing and lowering a query need to know about the index.
struct QueryContext {
    const Analyzer& analyzer;
    std::vector<std::string> languages;        // stemming languages present in the index, at least one
    std::optional<DateTime> earliest_indexed;  // bounds for open date ranges; nullopt when nothing is dated
    std::optional<DateTime> latest_indexed;
    // Wildcards expand to its most frequent matching terms. Without it, Xapian expands them when
    // matching, and Xapian 1.4 leaks the weight of every expansion past the limit it drops.
    const Xapian::Database* database = nullptr;
};

}  // namespace morgue
