#pragma once

#include <morgue/indexer.hpp>  // TopListLimits
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

// Marks every list stale (and forgets the revised articles).
void drop_top_lists(Xapian::WritableDatabase& db);

// The one hook a writer calls before it replaces or deletes document `id` (a replacement keeps
// the id): the lists stay valid for every word, with `id` recorded as revised (top_lists.hpp), and
// a deletion's gap in the ids counted in the mark. Past kMaxRevisedDocuments the lists are dropped.
void note_revised_document(Xapian::WritableDatabase& db, Xapian::docid id, bool deleting);

}  // namespace morgue
