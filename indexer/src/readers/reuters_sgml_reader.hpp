#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads a Reuters-21578 file (reut2-NNN.sgm): every <REUTERS> element becomes an Article
// with id = its NEWID attribute, TYPE="BRIEF" (headline only) and TYPE="UNPROC" (untagged
// text, read as the body) included. Source is always "Reuters", the wire the corpus is.
// An element without NEWID or without </REUTERS> is reported and skipped; a missing or
// unreadable DATE is reported as Repaired and the article kept without a date.
void read_reuters_sgml(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
