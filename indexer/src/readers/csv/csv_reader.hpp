#pragma once

#include "readers/csv/csv_columns.hpp"
#include "readers/reader.hpp"

namespace morgue::readers {

// Reads a CSV or TSV file with a header row: each further row an article, its columns mapped to
// fields by name (csv_columns.hpp), `field_map` first. The separator (comma, tab or semicolon) is
// the header's. Rows are read one at a time from the text. A row with another number of fields
// than the header, or with neither headline nor body, is reported with its line and skipped; a
// header with no column for a headline or a body refuses the file, naming its columns. A row
// without an id gets path#N (its row number after the header). Columns read into nothing are
// reported once.
void read_csv(const SourceText& source, const ReadCallbacks& callbacks, const csv::FieldMap& field_map);
void read_csv(const SourceText& source, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
