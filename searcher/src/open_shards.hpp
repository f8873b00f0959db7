#pragma once

#include <morgue/collection_file.hpp>

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

namespace morgue {

// How long a searcher waits for a remote shard: to connect, and for each reply during a search.
// Past them the shard counts as missing and the answer comes from the others.
struct ShardTimeouts {
    unsigned connect_ms = 5000;
    unsigned reply_ms = 10000;
};

// The shards of an archive that could be opened, as one Xapian database, and those that could not.
struct OpenShards {
    Xapian::Database db;                  // the shards that answered, in the collection's order
    std::vector<Xapian::Database> parts;  // the same shards, one by one (for their metadata)
    std::vector<std::string> missing;     // labels of the shards that failed, with why
    std::vector<std::string> replaced;    // shards answered by a replica: which, by which, and why
    std::size_t total = 0;
};

// Opens each shard on its own, so that one that is down is left out instead of failing the rest.
// A shard that cannot be opened is looked for in its replicas, in the collection's order, and is
// missing only when none of them opens either.
// A shard that opens but is not a morgue database of this version is an error, never left out
// silently: throws DatabaseError, as when no shard at all can be opened.
OpenShards open_shards(const std::string& archive, const std::vector<ShardAddress>& shards,
                       const ShardTimeouts& timeouts = {});

// The languages of every part (each shard records its own).
std::set<std::string> shard_languages(const std::vector<Xapian::Database>& parts);

}  // namespace morgue
