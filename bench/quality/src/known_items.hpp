#pragma once

#include "collection.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace morgue::quality {

// Known-item tasks drawn from a news archive (Reuters-21578): each query is written from one
// article, and that article is the one right answer. Seeded, and drawn from the documents in the
// order given (sort them by id first), so the same archive and seed give the same queries.

// (a) Articles whose headline is unique in the archive (as typed: "u s corn stocks"), the query
// being the headline's words as a person would type them.
Collection headline_known_items(const std::vector<Document>& documents, std::size_t count, std::uint64_t seed);

// (b) Five distinct words of three letters or more from an article's body, drawn at random.
Collection body_words_known_items(const std::vector<Document>& documents, std::size_t count, std::uint64_t seed);

}  // namespace morgue::quality
