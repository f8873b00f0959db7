#pragma once

#include "engine.hpp"

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <cstdio>
#include <string>

namespace morgue::bench {

// The Lucene adapter (bench/lucene/LuceneBench.java, `serve` mode) as a child process, driven one
// command at a time over its stdin and stdout, so that each query class is timed on Lucene right
// after morgue and FTS5. The timing itself happens inside the JVM, by the same rules
// (timed_passes.cpp); this only carries commands and their JSON answers. Not thread-safe.
class LuceneServer {
public:
    // `shell_command` is run by /bin/sh -c; its stderr is passed through.
    explicit LuceneServer(const std::string& shell_command);
    ~LuceneServer();
    LuceneServer(const LuceneServer&) = delete;
    LuceneServer& operator=(const LuceneServer&) = delete;

    // Sends one command line and returns the JSON line it answers. Throws std::runtime_error if
    // the adapter has exited or answers something else.
    nlohmann::json request(const std::string& command);

private:
    pid_t pid_ = -1;
    std::FILE* to_ = nullptr;
    std::FILE* from_ = nullptr;
};

// Lucene's exact hit counts through the adapter, as an Engine for compare_counts (count_check.hpp).
// It only counts: run() throws.
class LuceneCounter : public Engine {
public:
    explicit LuceneCounter(LuceneServer& server) : server_(server) {}
    bool supports(const BenchQuery& query) override;
    std::size_t run(const BenchQuery& query) override;
    std::uint64_t count(const BenchQuery& query) override;

private:
    nlohmann::json ask(const BenchQuery& query);
    LuceneServer& server_;
};

}  // namespace morgue::bench
