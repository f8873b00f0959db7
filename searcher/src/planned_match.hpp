#pragma once

#include <xapian.h>

namespace morgue {

// A ranked query answered by a plan cheaper than matching it in full (top lists): a query over the documents that can
// be on the page, each with its final weight, and how many articles the original query matches.
struct PlannedMatch {
    Xapian::Query query;
    Xapian::doccount matches;
    bool matches_exact;  // false: estimated, as asked
};

}  // namespace morgue
