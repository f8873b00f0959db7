#pragma once

#include "readers/reader.hpp"

#include <morgue/input_format.hpp>

namespace morgue::readers {

// Dispatches a loaded file to the reader for its format (detected when format is Auto).
void read_articles(const SourceText& source, InputFormat format, const ReadCallbacks& callbacks);

}  // namespace morgue::readers
