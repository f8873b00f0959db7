#pragma once

#include <morgue/date.hpp>

#include <xapian.h>

#include <optional>
#include <vector>

namespace morgue {

struct DateSortedPage {
    bool newest_first = true;
    Xapian::doccount offset = 0;
    Xapian::doccount limit = 10;
    Xapian::doccount estimated_matches = 0;  // Xapian's estimate for the query, to size the first window
};

// The page of `query`'s matches in date order (undated articles last, ties by relevance),
// without sorting every match: news queries match across decades, but a page of the newest
// usually lies in the last days. So the query is first filtered to a recent window of days,
// sized to hold a few pages if matches were spread evenly over the archive, widened fourfold
// until it holds the page, and only then run over the whole archive. The result is the same as
// sorting all matches. The page comes in parts, to be read in order: the dated articles, then,
// when the page reaches past them, the undated ones (Xapian's remote backend cannot take the key
// maker that would put them last in one match, so no match here uses one).
std::vector<Xapian::MSet> date_sorted_mset(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight,
                              const DateSortedPage& page, const std::optional<DateTime>& earliest,
                              const std::optional<DateTime>& latest);

}  // namespace morgue
