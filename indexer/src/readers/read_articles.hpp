#pragma once

#include "readers/reader.hpp"

#include "readers/csv/csv_columns.hpp"

#include <morgue/input_format.hpp>

namespace morgue::readers {

// What some readers are told besides the text.
struct ReadOptions {
    csv::FieldMap field_map;  // CSV column -> field, --field-map
};

// Dispatches a loaded file to the reader for its format (detected when format is Auto).
void read_articles(const SourceText& source, InputFormat format, const ReadCallbacks& callbacks,
                   const ReadOptions& options = {});

}  // namespace morgue::readers
