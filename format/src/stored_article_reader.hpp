#pragma once

#include <morgue/article.hpp>

#include <cstddef>

namespace morgue {

// Reads the MessagePack of a stored article (as encode_stored_article writes it: a map from the
// JSON Lines names to strings and lists of strings) straight into an Article. msgpack-c parses
// without copying strings byte by byte, which made nlohmann-json's reader most of the cost of
// showing a hit. Keys it does not know and values of other types are skipped; data that is not
// such a map throws morgue::Error.
Article read_stored_article(const char* packed, std::size_t size);

}  // namespace morgue
