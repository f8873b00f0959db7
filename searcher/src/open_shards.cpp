#include "open_shards.hpp"

#include <morgue/database_metadata.hpp>
#include <morgue/error.hpp>

#include <optional>

namespace morgue {
namespace {

Xapian::Database open_one(const ShardAddress& shard, const ShardTimeouts& timeouts) {
    switch (shard.kind) {
        case ShardAddress::Kind::Local:
            return Xapian::Database(shard.location);
        case ShardAddress::Kind::Tcp:
            return Xapian::Remote::open(shard.location, shard.port, timeouts.reply_ms, timeouts.connect_ms);
        case ShardAddress::Kind::Program:
            return Xapian::Remote::open(shard.location, shard.args, timeouts.reply_ms);
    }
    throw DatabaseError("unknown kind of shard " + shard.label());
}

}  // namespace

OpenShards open_shards(const std::string& archive, const std::vector<ShardAddress>& shards,
                       const ShardTimeouts& timeouts) {
    OpenShards open;
    open.total = shards.size();
    for (const ShardAddress& shard : shards) {
        std::optional<Xapian::Database> part;
        std::string why;
        for (std::size_t copy = 0; !part && copy <= shard.replicas.size(); ++copy) {
            const ShardAddress& address = copy == 0 ? shard : shard.replicas[copy - 1];
            try {
                part = open_one(address, timeouts);
                // Also the first read: a remote shard that accepts but never answers fails here.
                check_database_metadata(*part, archive + ": shard " + address.label());
                if (copy > 0) open.replaced.push_back(shard.label() + " by its replica " + address.label() + why + ")");
            } catch (const Xapian::Error& e) {
                part.reset();
                why += (copy == 0 ? " (" : "; replica " + address.label() + ": ") + e.get_type() + ": " + e.get_msg();
            }
        }
        if (!part) {
            open.missing.push_back(shard.label() + why + ")");
            continue;
        }
        open.db.add_database(*part);
        open.parts.push_back(*part);
    }
    if (open.parts.empty())
        throw DatabaseError(
            "no shard of " + archive + " could be opened: " + open.missing.front() +
            (open.missing.size() > 1 ? " and " + std::to_string(open.missing.size() - 1) + " more" : ""));
    return open;
}

std::set<std::string> shard_languages(const std::vector<Xapian::Database>& parts) {
    std::set<std::string> languages;
    for (const Xapian::Database& part : parts) languages.merge(stored_languages(part));
    return languages;
}

}  // namespace morgue
