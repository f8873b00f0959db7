#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads an RSS 2.0 (also 0.9x and 1.0) or Atom feed: each <item> / <entry> an article.
//   headline  title                       id       RSS: guid if a permalink, else link, else guid;
//   byline    author ("a@b.c (Jane Doe)"           Atom: link rel=alternate href, else id;
//             gives Jane Doe), dc:creator,          else path#N (the item's number in the file)
//             Atom author/name            date     pubDate, dc:date; Atom published, else updated
//   section   category (all, "; ")        source   item <source>, else the channel's title
//   body      content:encoded or Atom content, else description / summary, as HTML made text
// Each item is parsed on its own (memory follows the item): malformed XML in one is reported with
// its line and the item skipped; an unreadable date is reported and the item kept.
void read_feed(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
