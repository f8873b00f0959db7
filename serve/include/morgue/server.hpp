#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace morgue {

// What one request may ask for, so that no request can take unbounded time or memory. Each limit
// passed is refused with a status and a one-line {"error": ...} (see README.md, morgue-serve).
struct ServeLimits {
    std::size_t max_limit = 1000;              // hits per page (400 above)
    std::size_t max_offset = 10000;            // hits skipped for paging (400 above): deep pages cost the whole depth
    std::size_t max_facet_limit = 1000;        // values per facet (400 above)
    std::size_t max_body_bytes = 64u << 20;    // a POST /articles body (413 above)
    std::size_t max_article_bytes = 8u << 20;  // one JSON line of a body (that line is refused)
    // How long a request waits for a free searcher before a 503 (Retry-After: 1).
    std::chrono::milliseconds searcher_wait{10'000};
    // A client that sends or reads nothing for this long is disconnected (slow clients hold a thread).
    std::chrono::seconds io_timeout{10};
};

struct ServerOptions {
    std::string database{};
    std::string host = "127.0.0.1";
    int port = 8080;                   // 0: any free port (Server::port() says which)
    unsigned threads = 8;              // HTTP worker threads, each searching with its own Searcher
    bool writable = false;             // POST /articles and DELETE /articles/{id} (need a token)
    std::optional<std::string> token;  // the bearer token every write (and with reads_need_token, every read) needs
    bool reads_need_token = false;
    std::size_t commit_batch = 1000;   // the writer commits at least this often, and after each request
    ServeLimits limits{};
};

// morgue's HTTP JSON API over one database (the endpoints are listed in README.md).
// The constructor opens the database (and, when writable, takes its write lock) and binds the
// address; requests are answered once run() is called. Throws DatabaseError if the database
// cannot be opened, DatabaseLockedError if writable and another indexer holds it, Error if the
// address cannot be bound or the options contradict each other (writable without a token).
class Server {
public:
    explicit Server(ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // The port bound (the one picked when ServerOptions::port was 0).
    int port() const;
    // Answers requests until stop(); then commits what was written. Throws Error if the final
    // commit fails.
    void run();
    // Makes run() return; safe to call from any thread, also before run().
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace morgue
