#include <morgue/collection_file.hpp>
#include <morgue/error.hpp>

#include <charconv>
#include <filesystem>
#include <fstream>

namespace morgue {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kReplicaMark = "#replica ";

ShardAddress parse_remote(const std::string& rest, const std::string& where) {
    ShardAddress shard;
    if (rest.starts_with(':')) {
        shard.kind = ShardAddress::Kind::Program;
        const std::size_t space = rest.find(' ');
        shard.location = rest.substr(1, space == std::string::npos ? std::string::npos : space - 1);
        if (space != std::string::npos) shard.args = rest.substr(space + 1);
        if (shard.location.empty()) throw DatabaseError(where + ": 'remote :' names no program");
        return shard;
    }
    const std::size_t colon = rest.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw DatabaseError(where + ": a remote shard is 'remote HOST:PORT' or 'remote :PROGRAM ARGS'");
    shard.kind = ShardAddress::Kind::Tcp;
    shard.location = rest.substr(0, colon);
    if (shard.location.size() > 2 && shard.location.front() == '[' && shard.location.back() == ']')
        shard.location = shard.location.substr(1, shard.location.size() - 2);
    const char* first = rest.data() + colon + 1;
    const char* last = rest.data() + rest.size();
    const auto [end, error] = std::from_chars(first, last, shard.port);
    if (error != std::errc() || end != last || shard.port == 0 || shard.port > 65535)
        throw DatabaseError(where + ": '" + rest.substr(colon + 1) + "' is not a port (1 to 65535)");
    return shard;
}

}  // namespace

std::string ShardAddress::label() const {
    switch (kind) {
        case Kind::Local:
            return location;
        case Kind::Tcp:
            return (location.find(':') != std::string::npos ? "[" + location + "]" : location) + ":" +
                   std::to_string(port);
        case Kind::Program:
            return ":" + location + (args.empty() ? "" : " " + args);
    }
    return location;
}

std::string ShardAddress::stub_line() const {
    return (kind == Kind::Local ? "auto " : "remote ") + label();
}

bool is_collection_file(const std::string& path) {
    std::error_code error;
    return fs::is_regular_file(path, error);
}

std::vector<ShardAddress> read_collection_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw DatabaseError("cannot read the collection file " + path);
    const fs::path folder = fs::absolute(fs::path(path)).parent_path();
    std::vector<ShardAddress> shards;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string where = path + ":" + std::to_string(number);
        const bool replica = line.starts_with(kReplicaMark);
        if (replica) {
            if (shards.empty()) throw DatabaseError(where + ": a '#replica' line before any shard line");
            line.erase(0, kReplicaMark.size());
        } else if (line.empty() || line.front() == '#') {
            continue;
        }
        std::vector<ShardAddress>& into = replica ? shards.back().replicas : shards;
        const std::size_t space = line.find(' ');
        const std::string type = line.substr(0, space);
        const std::string rest = space == std::string::npos ? std::string() : line.substr(space + 1);
        if ((type == "auto" || type == "glass") && !rest.empty()) {
            const fs::path shard_path(rest);
            into.push_back(ShardAddress::local(
                (shard_path.is_absolute() ? shard_path : folder / shard_path).lexically_normal().string()));
        } else if (type == "remote" && !rest.empty()) {
            into.push_back(parse_remote(rest, where));
        } else {
            throw DatabaseError(where +
                                ": not a shard line ('auto PATH', 'remote HOST:PORT' or 'remote :PROGRAM ARGS'); "
                                "is " +
                                path + " a morgue collection file?");
        }
    }
    if (shards.empty()) throw DatabaseError("the collection file " + path + " lists no shard");
    return shards;
}

namespace {
constexpr std::string_view kSchemeMark = "# morgue archive, --shard-by ";
}  // namespace

std::string recorded_shard_scheme(const std::string& path) {
    std::ifstream in(path);
    std::string first;
    std::getline(in, first);
    if (!first.starts_with(kSchemeMark)) return "";
    first.erase(0, kSchemeMark.size());
    return first.substr(0, first.find(": "));
}

void write_collection_file(const std::string& path, const std::vector<ShardAddress>& shards,
                           const std::string& shard_by) {
    const std::string temporary = path + ".new";
    {
        std::ofstream out(temporary, std::ios::trunc);
        if (!shard_by.empty())
            out << kSchemeMark << shard_by << ": ";
        else
            out << "# morgue archive: ";
        out << "one shard a line (Xapian stub database format)\n";
        for (const ShardAddress& shard : shards) {
            out << shard.stub_line() << '\n';
            for (const ShardAddress& replica : shard.replicas) out << kReplicaMark << replica.stub_line() << '\n';
        }
        out.flush();
        if (!out) throw DatabaseError("cannot write the collection file " + temporary);
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) throw DatabaseError("cannot write the collection file " + path + ": " + error.message());
}

}  // namespace morgue
