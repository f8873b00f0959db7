#pragma once

#include <string_view>

namespace morgue::readers {

// True when a file's first bytes are mail or Usenet: an mbox "From " separator line followed by a
// header block, or an RFC 822 header block right at the start. A header block counts when its lines
// are all header fields (or their continuations) and at least two of them are fields mail and news
// use (From, Subject, Date, Newsgroups, Message-ID, Path, Xref, ...): a page that happens to start
// with "Date: ..." is not mail. A block cut off by the end of `head` still counts.
bool looks_like_mail(std::string_view head);

// True for a "Name: value" header field line (the name printable ASCII without spaces or ':').
bool is_header_field_line(std::string_view line);

// True for an mbox separator line ("From sender date"), without its line break: "From " at the
// start of the line, a word (the sender), and then a date with a clock and a four-digit year.
bool is_mbox_separator(std::string_view line);

}  // namespace morgue::readers
