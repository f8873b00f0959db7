#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace morgue::readers {

// An HTTP/1.x response as a WARC response record holds it.
struct HttpResponse {
    int status = 0;                // 200, 404...
    std::string content_type;      // media type only, lower case: "text/html"
    std::string content_encoding;  // lower case; "" or "identity" when the payload is as sent
    std::string body;              // the payload, de-chunked when Transfer-Encoding was chunked
    std::size_t body_offset = 0;   // where the payload starts in the parsed text
};

// nullopt when `message` does not start with an HTTP status line and a header ending in a blank line.
std::optional<HttpResponse> parse_http_response(std::string_view message);

}  // namespace morgue::readers
