#pragma once

#include "readers/reader.hpp"

#include <string_view>
#include <vector>

namespace morgue::readers {

// Reads a TREC-style newswire file: a sequence of <DOC> elements (AP, WSJ, FT, LA Times, ...),
// each becoming an Article with id = its DOCNO, or its URL when it has none (DOCID is ignored).
// Tag names match case-insensitively, so the pseudo-XML <doc> archives (SogouCS: <url>, <docno>,
// <contenttitle>, <content>) read the same way. Element variants:
//   headline  HEADLINE | HL | HEAD | CONTENTTITLE | TITLE (the first one)
//   byline    BYLINE | BY (all of them, read together)  date      DATE | DD
//   section   SECTION | SE                              source    SO | SOURCE
//   dateline  DATELINE | DL
//   body      LP and every TEXT, CONTENT and BODY, paragraphs kept (<P> starts one)
// A file none of whose records has a headline or body tag is refused as a whole, naming the tags
// it has, rather than indexed as articles without text.
// Six-digit dates are yymmdd and two-digit years are 19yy: TREC newswire is from 1987-1994.
// With no SO/SOURCE, the source comes from the byline or else from the DOCNO prefix
// ("AP880212-0001" -> "Associated Press"). A DOC without DOCNO or without </DOC> is
// reported and skipped; an unreadable date is reported as Repaired.
void read_trec_sgml(const SourceText& source, const ReadCallbacks& callbacks);

// Every tag name above (and DOCNO, URL), for recognising the format by its content.
const std::vector<std::string_view>& trec_known_tags();

}  // namespace morgue::readers
