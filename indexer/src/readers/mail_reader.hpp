#pragma once

#include "readers/mail_detection.hpp"
#include "readers/reader.hpp"

namespace morgue::readers {

// Reads mail and Usenet: an mbox file (a message after each "From " separator line, see
// mbox_messages.hpp) or one RFC 822 message per file (a folder tree like sci.space/101), each
// message parsed by GMime, which decodes RFC 2047 headers, MIME parts, transfer encodings
// and charsets. Each message becomes an Article:
//   id        Message-ID without <>; without one, the file's path + "#" + the message's number
//             in the file ("archive.mbox#3"), so same-named files in two folders stay apart
//   headline  Subject as written (a "Re:" is kept)
//   byline    From: the display name, else the address's local part, never an address
//   date      Date (RFC 822/2822, two-digit years; see parse_mail_date), in UTC; without a Date
//             header, the date of the mbox "From " line
//   section   the first group of Newsgroups, else List-Id
//   source    Organization
//   body      the first inline text/plain part (or else text/html, tags stripped crudely), quoted
//             text kept, the signature after a "-- " line dropped; attachments are not read
// Reported: a message with no header fields, or none mail uses, is skipped (ArticleSkipped; in a
// one-message file FileSkipped); an unreadable date, a message cut off by the end of the file,
// a malformed MIME structure and a message without text are Repaired (indexed as far as it goes).
void read_mail(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
