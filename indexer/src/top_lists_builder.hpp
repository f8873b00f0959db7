#pragma once

#include <morgue/top_lists.hpp>

#include <xapian.h>

#include <cstddef>
#include <string>

namespace morgue {

// Rebuilds the top lists (see morgue/top_lists.hpp) of every word found in at least
// limits.min_articles articles, and marks them valid up to the database's last document.
// `db` must have nothing uncommitted: the lists are computed on `threads` threads, each reading
// the database at `path` on its own. Returns the number of lists written; the caller commits.
std::size_t build_top_lists(Xapian::WritableDatabase& db, const std::string& path, const TopListLimits& limits,
                            unsigned threads);

// Marks the lists stale after an article that they may rank was replaced or deleted.
void drop_top_lists(Xapian::WritableDatabase& db);

}  // namespace morgue
