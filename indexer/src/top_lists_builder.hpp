#pragma once

#include <morgue/top_lists.hpp>

#include <xapian.h>

#include <cstddef>

namespace morgue {

// Rebuilds the top lists (see morgue/top_lists.hpp) of every word found in at least
// limits.min_articles articles, and marks them valid up to the database's last document.
// Returns the number of lists written; the caller commits.
std::size_t build_top_lists(Xapian::WritableDatabase& db, const TopListLimits& limits = {});

// Marks the lists stale after an article that they may rank was replaced or deleted.
void drop_top_lists(Xapian::WritableDatabase& db);

}  // namespace morgue
