#pragma once

#include <xapian.h>

#include <set>
#include <string>

namespace morgue {

// Schema version, analyzer and languages recorded in a database, so that a database written by
// another version of morgue, or analyzed differently, is refused instead of silently mis-searched.
// Throws DatabaseError naming `path` on a mismatch.
void check_database_metadata(const Xapian::Database& db, const std::string& path);
// Stamps a new (empty) database with this morgue's schema version and analyzer.
void stamp_database_metadata(Xapian::WritableDatabase& db);

std::set<std::string> stored_languages(const Xapian::Database& db);
void store_languages(Xapian::WritableDatabase& db, const std::set<std::string>& languages);

}  // namespace morgue
