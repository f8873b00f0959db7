#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads a WARC web archive (WARC/1.0 or 1.1; a .warc.gz is gunzipped before): one article per
// `response` record holding an HTTP 200 HTML page, read as read_html reads a page. The id is the
// record's WARC-Target-URI; the date is the page's, else the record's WARC-Date. Other records
// (requests, metadata, warcinfo, redirects, 404s, images, scripts) are skipped and counted in one
// Repaired-severity note per file; a damaged or truncated record, an HTTP payload that cannot be
// read, and a page without article text are reported, and the rest of the file is read.
void read_warc(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
