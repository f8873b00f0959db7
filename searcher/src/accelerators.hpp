#pragma once

#include <xapian.h>

#include <optional>
#include <vector>

namespace morgue {

// What the database precomputed to answer some queries faster than a full match, read once per
// database revision: today the top lists of frequent words (morgue/top_lists.hpp). The writer
// keeps them valid through one hook, note_revised_document (indexer/src/top_lists_builder.hpp).
struct Accelerators {
    std::optional<Xapian::docid> top_lists_up_to;  // nullopt: no valid lists
    std::vector<Xapian::docid> revised;            // replaced or deleted since the lists were built

    // None on a database of several shards: list ids are the ids of the database they were built
    // in, and each shard of a multi-database sees its own.
    static Accelerators of(const Xapian::Database& db);
};

}  // namespace morgue
