#pragma once

#include <string>
#include <string_view>

namespace morgue::readers {

// The text of a message's text/plain part as an article body: "\r\n" made "\n", mbox ">From "
// escapes undone, the signature (from the last "-- " line on) dropped, quoted text ("> ...") kept
// as written, and blank lines at either end trimmed.
std::string mail_body_text(std::string_view text);

// Crude text of an HTML part, for messages with no text/plain alternative: script and style
// elements dropped, tags removed (a block tag ends a paragraph), the common entities decoded.
// Only a fallback: real HTML goes through the HTML page reader's parser.
std::string crude_html_text(std::string_view html);

}  // namespace morgue::readers
