#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads IPTC news XML: NITF documents (<nitf>) and NewsML-G2 news items (<newsItem>, alone or in
// a <newsMessage>), each an article mapped as news_xml_article.hpp says; every such element of the
// file is read, each parsed on its own. One with no id gets path#N (its number in the file).
// Malformed XML is reported with its line and that document skipped; an unreadable date is
// reported and the article kept.
void read_nitf(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
