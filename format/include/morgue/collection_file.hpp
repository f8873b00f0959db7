#pragma once

#include <string>
#include <utility>
#include <vector>

namespace morgue {

// An archive of several shards is a collection file in Xapian 1.4's stub database format, so that
// Xapian's own tools open it too: one shard a line,
//   auto PATH             a local database (relative paths from the file's folder)
//   remote HOST:PORT      a shard served by morgue-shard-server (IPv6 as [ADDRESS]:PORT)
//   remote :PROGRAM ARGS  a server run as PROGRAM ARGS, talking on its stdin/stdout (e.g. over ssh)
// and "#" comments. (Xapian's stub format has no timeouts; morgue applies its own.)
// A replica of a shard (a copy kept by xapian-replicate) follows its shard's line as a comment,
//   #replica auto PATH | #replica remote HOST:PORT | #replica remote :PROGRAM ARGS
// so that Xapian's tools still read the file (they search the first copies); morgue searches a
// replica when its shard cannot be opened.
struct ShardAddress {
    enum class Kind { Local, Tcp, Program };
    Kind kind = Kind::Local;
    std::string location;  // path (absolute), host, or program
    unsigned port = 0;     // Tcp
    std::string args;      // Program
    std::vector<ShardAddress> replicas;  // other copies of the same shard, tried in order

    static ShardAddress local(std::string path) {
        ShardAddress shard;
        shard.location = std::move(path);
        return shard;
    }
    static ShardAddress tcp(std::string host, unsigned port) {
        ShardAddress shard;
        shard.kind = Kind::Tcp;
        shard.location = std::move(host);
        shard.port = port;
        return shard;
    }

    // The shard as its line names it ("PATH", "HOST:PORT", ":PROGRAM ARGS"), for messages.
    std::string label() const;
    // The line of the collection file.
    std::string stub_line() const;
};

// True when `path` names a file (a collection), false for a folder (one database) or nothing.
bool is_collection_file(const std::string& path);

// The shards a collection file lists, in order. Throws DatabaseError naming the file and line of a
// line it cannot read, or when it lists no shard.
std::vector<ShardAddress> read_collection_file(const std::string& path);

// Writes the collection file atomically (a temporary file renamed over it). A `shard_by` scheme
// ("month") is recorded in its first comment, so that later runs add to the archive the same way.
void write_collection_file(const std::string& path, const std::vector<ShardAddress>& shards,
                           const std::string& shard_by = "");
// The scheme write_collection_file recorded, or "" for none.
std::string recorded_shard_scheme(const std::string& path);

}  // namespace morgue
