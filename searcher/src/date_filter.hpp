#pragma once

#include <morgue/date.hpp>

#include <xapian.h>

namespace morgue {

// A boolean query matching the articles dated within `range` (inclusive, whole days), built from the
// fewest day/month/year terms that exactly cover it: whole years become one Y term, whole months one
// M term, the remaining days D terms. Open ends are clipped to the indexed dates. A range that ends
// before it starts, or that lies outside the indexed dates, matches nothing. The query weighs nothing,
// so it can be combined with scored queries as a pure filter.
Xapian::Query date_range_query(const DateRange& range, const DateTime& earliest_indexed,
                               const DateTime& latest_indexed);

}  // namespace morgue
