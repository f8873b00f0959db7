#include "listening_port.hpp"

#include <morgue/database_metadata.hpp>
#include <morgue/error.hpp>
#include <morgue/search_registry.hpp>
#include <morgue/shard_server.hpp>
#include <morgue/xapian_error.hpp>

// Xapian's own servers (bin/xapian-tcpsrv.cc, bin/xapian-progsrv.cc), from its source tree.
#include <config.h>
#include <remoteserver.h>
#include <remotetcpserver.h>

#include <xapian.h>

namespace morgue {

void check_served_databases(const std::vector<std::string>& databases) {
    if (databases.empty()) throw DatabaseError("no database to serve");
    for (const std::string& path : databases) {
        try {
            check_database_metadata(Xapian::Database(path), path);
        } catch (const Xapian::Error& e) {
            throw DatabaseError(database_error_text("cannot serve " + path, path, e));
        }
    }
}

void serve_tcp(const ShardServerOptions& options, const std::function<void(int port)>& listening) {
    check_served_databases(options.databases);
    try {
        RemoteTcpServer server(options.databases, options.interface, options.port, options.active_timeout_seconds,
                               options.idle_timeout_seconds, false, options.verbose);
        server.set_registry(search_registry());
        listening(options.port != 0 ? options.port : listening_port());
        if (options.one_shot)
            server.run_once();
        else
            server.run();
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot serve on " + options.interface + ":" + std::to_string(options.port) + ": " +
                            e.get_description());
    }
}

void serve_stdio(const ShardServerOptions& options) {
    check_served_databases(options.databases);
    RemoteServer server(options.databases, 0, 1, options.active_timeout_seconds, options.idle_timeout_seconds, false);
    server.set_registry(search_registry());
    try {
        server.run();
    } catch (const Xapian::NetworkError&) {
        // The client went away: its side has seen whatever went wrong.
    }
}

}  // namespace morgue
