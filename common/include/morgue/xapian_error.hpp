#pragma once

#include <xapian.h>

#include <string>

namespace morgue {

// Xapian's message with the system's reason when there is one ("Error writing block 512: File too large").
inline std::string xapian_error_text(const Xapian::Error& e) {
    const char* system_error = e.get_error_string();
    return system_error ? e.get_msg() + ": " + system_error : e.get_msg();
}

// True when Xapian's error says a database's files are damaged (truncated, overwritten), rather
// than missing, locked or unwritable.
bool looks_damaged(const Xapian::Error& e);

// "<what>: <Xapian's text>", and when the database looks damaged, which one and the way out
// (xapian-check, then indexing again), since Xapian's text ("EOF reading block 2162") says neither.
std::string database_error_text(const std::string& what, const std::string& database, const Xapian::Error& e);

}  // namespace morgue
