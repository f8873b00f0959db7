#pragma once

#include "readers/reader.hpp"

namespace morgue::readers {

// Reads morgue's JSON interchange format (corpora/jsonl/README.md): one article object per line,
// as article_json.hpp maps it. Blank lines are skipped; CRLF line ends and a UTF-8 BOM are accepted.
// A line that is not an article (bad JSON, not an object, a bad field, no id) is reported with its
// line, byte offset and reason, and the lines around it are still read.
// A file whose first non-space byte is '[' is read as one JSON array of article objects instead,
// element by element, so that one bad element costs only that article.
void read_json_lines(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
