#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads a TREC-style newswire file: a sequence of <DOC> elements (AP, WSJ, FT, LA Times, ...),
// each becoming an Article with id = its DOCNO (DOCID is ignored). Element variants:
//   headline  HEADLINE | HL | HEAD (the first one)      date      DATE | DD
//   byline    BYLINE | BY (all of them, read together)  source    SO | SOURCE
//   section   SECTION | SE                              dateline  DATELINE | DL
//   body      LP and every TEXT, paragraphs kept (<P> starts one)
// Six-digit dates are yymmdd and two-digit years are 19yy: TREC newswire is from 1987-1994.
// With no SO/SOURCE, the source comes from the byline or else from the DOCNO prefix
// ("AP880212-0001" -> "Associated Press"). A DOC without DOCNO or without </DOC> is
// reported and skipped; an unreadable date is reported as Repaired.
void read_trec_sgml(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
