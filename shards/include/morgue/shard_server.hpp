#pragma once

#include <functional>
#include <string>
#include <vector>

namespace morgue {

// What morgue-shard-server serves and how: the options of Xapian's xapian-tcpsrv that apply.
struct ShardServerOptions {
    std::vector<std::string> databases;   // morgue databases, served together as one
    std::string interface = "127.0.0.1";  // "" listens on every interface
    int port = 0;                         // 0: any free port (reported to `listening`)
    double active_timeout_seconds = 15;   // between messages of one operation
    double idle_timeout_seconds = 60;     // between operations: an idle client is dropped
    bool one_shot = false;                // serve one connection, then return
    bool verbose = false;                 // Xapian's lines on stdout as connections come and go
};

// Checks that each database opens and is a morgue database of this version; throws DatabaseError
// naming the first that is not, so that a server never starts on what it cannot serve.
void check_served_databases(const std::vector<std::string>& databases);

// Serves the databases over TCP with morgue's weight, posting sources and facet counter
// registered (Xapian's RemoteTcpServer, one forked process per connection), until killed (or
// after one connection with one_shot). `listening` is called once the socket is bound, with
// its port. Throws DatabaseError for a port it cannot listen on.
void serve_tcp(const ShardServerOptions& options, const std::function<void(int port)>& listening);

// Serves one client on stdin and stdout (Xapian's `remote :PROGRAM ARGS` form, which ssh
// carries), until it goes away.
void serve_stdio(const ShardServerOptions& options);

}  // namespace morgue
