#pragma once

#include <string_view>

namespace morgue::readers {

// True when the first bytes of a file are an HTML page: after an optional byte-order mark, spaces
// and comments, "<!DOCTYPE html", "<html", "<head", "<meta", "<title", "<body" or "<?xml" followed by
// "<html" (XHTML), case-insensitively.
bool looks_like_html(std::string_view head);

// True when a file starts with a WARC record: a first line "WARC/1.0" or "WARC/1.1" (or 0.x).
bool looks_like_warc(std::string_view head);

}  // namespace morgue::readers
