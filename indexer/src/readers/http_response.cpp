#include "readers/http_response.hpp"

#include "readers/text_spaces.hpp"

#include <morgue/ascii.hpp>

#include <charconv>

namespace morgue::readers {
namespace {

// "5\r\nhello\r\n0\r\n\r\n" -> "hello". A malformed chunk size ends the body where it is.
std::string dechunk(std::string_view body) {
    std::string out;
    std::size_t at = 0;
    while (at < body.size()) {
        const auto line_end = body.find('\n', at);
        if (line_end == std::string_view::npos) break;
        std::size_t size = 0;
        const std::string_view size_text = trim_header_line(body.substr(at, line_end - at));
        const auto [end, ec] = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
        if (ec != std::errc{} || size == 0) break;
        at = line_end + 1;
        out += body.substr(at, size);
        at += size;
        while (at < body.size() && (body[at] == '\r' || body[at] == '\n')) ++at;
    }
    return out;
}

}  // namespace

std::optional<HttpResponse> parse_http_response(std::string_view message) {
    if (!message.starts_with("HTTP/")) return std::nullopt;
    auto header_end = message.find("\r\n\r\n");
    std::size_t separator = 4;
    if (const auto lf = message.find("\n\n"); lf < header_end) {
        header_end = lf;
        separator = 2;
    }
    if (header_end == std::string_view::npos) return std::nullopt;
    HttpResponse response;
    const std::string_view header = message.substr(0, header_end);
    const auto status_start = header.find(' ');
    if (status_start == std::string_view::npos) return std::nullopt;
    const std::string_view status = header.substr(status_start + 1, 3);
    if (std::from_chars(status.data(), status.data() + status.size(), response.status).ec != std::errc{})
        return std::nullopt;
    bool chunked = false;
    for (std::size_t start = header.find('\n'); start != std::string_view::npos;) {
        ++start;
        const auto end = header.find('\n', start);
        const std::string_view line =
            header.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        start = end;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string name = ascii_lower(trim_header_line(line.substr(0, colon)));
        const std::string value = ascii_lower(trim_header_line(line.substr(colon + 1)));
        if (name == "content-type")
            response.content_type = std::string(trim_header_line(value.substr(0, value.find(';'))));
        else if (name == "content-encoding")
            response.content_encoding = value;
        else if (name == "transfer-encoding")
            chunked = value.find("chunked") != std::string::npos;
    }
    response.body_offset = header_end + separator;
    const std::string_view body = message.substr(response.body_offset);
    response.body = chunked ? dechunk(body) : std::string(body);
    return response;
}

}  // namespace morgue::readers
