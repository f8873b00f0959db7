#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace morgue {

// Every error morgue reports is a morgue::Error whose what() is one line a user can act on.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The query text is malformed. position() is the 0-based byte offset where the problem is.
class QueryError : public Error {
public:
    QueryError(const std::string& message, std::size_t position)
        : Error(message + " (at character " + std::to_string(position + 1) + ")"), position_(position) {}
    std::size_t position() const { return position_; }

private:
    std::size_t position_;
};

// A search request asks for something that does not exist or cannot be (an unknown facet, a date
// range that ends before it starts, a half-life of zero): not an error in the query text.
class RequestError : public Error {
public:
    using Error::Error;
};

// The database cannot be opened, written, or does not match this version of morgue.
class DatabaseError : public Error {
public:
    using Error::Error;
};

// Another indexer holds the database's write lock.
class DatabaseLockedError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
};

// An input file cannot be read at all (missing, unreadable, corrupt compression).
class InputError : public Error {
public:
    using Error::Error;
};

}  // namespace morgue
