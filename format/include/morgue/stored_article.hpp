#pragma once

#include <morgue/article.hpp>

#include <string>
#include <string_view>

namespace morgue {

// The whole article as kept in the document data, for display and snippets:
// MessagePack of its JSON form, compressed with zstd. Part of the on-disk format.
std::string encode_stored_article(const Article& article);
// Throws morgue::Error if the data is not a stored article.
Article decode_stored_article(std::string_view data);

}  // namespace morgue
