#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace morgue::readers {

// One message of an mbox file: the "From " separator line and the message after it, as offsets
// into the file.
struct MboxMessage {
    std::size_t separator_offset = 0;  // start of the "From " line
    std::size_t offset = 0;            // start of the message's first header line
    std::size_t end = 0;               // end of the message, before the blank line that ends it
    std::string_view separator;        // the "From " line, without its line break
};

// Calls `message` for each message of an mbox file, in order, without copying any of it.
// A line is a separator when is_mbox_separator says so and it starts the file, follows a blank
// line (RFC 4155) or is followed by a header field: a "From here on ..." line in a body that
// the writer forgot to escape as ">From" does not split a message. Text before the first
// separator is handed over as a message with an empty separator.
void for_each_mbox_message(std::string_view text, const std::function<void(const MboxMessage&)>& message);

}  // namespace morgue::readers
