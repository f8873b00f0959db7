#pragma once

#include <exception>
#include <string>

namespace morgue::serve {

// What an error becomes in an HTTP answer: the status and the one line of {"error": ...}.
struct HttpError {
    int status;
    std::string message;
};

// The status of each failure a request can meet:
//   QueryError (malformed query)           400, "bad query: <what morgue-search says>"
//   RequestError (unknown facet, parameter) 400
//   BusyError (no searcher free in time)    503 (with Retry-After)
//   DatabaseError and anything else         500
HttpError http_error_of(const std::exception_ptr& error);

// {"error": message} (invalid UTF-8 replaced, so that a message quoting a request always serializes).
std::string error_json(const std::string& message);

}  // namespace morgue::serve
