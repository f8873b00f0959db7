#pragma once

#include "bench_query.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace morgue::bench {

// A search engine as the benchmark drives it. Not thread-safe: one Engine per thread.
class Engine {
public:
    virtual ~Engine() = default;
    // False when the engine cannot express the query; such queries are not timed for it.
    virtual bool supports(const BenchQuery& query) = 0;
    // Answers the query as a user would see it: top 10 with their stored fields (and snippets,
    // facets, sort as the query asks). Returns the number of hits fetched.
    virtual std::size_t run(const BenchQuery& query) = 0;
    // Exactly how many articles match, for checking that both engines answer the same question.
    virtual std::uint64_t count(const BenchQuery& query) = 0;
};

// Makes a fresh engine (one per thread). `name` is what reports call it.
struct EngineMaker {
    std::string name;
    std::function<std::unique_ptr<Engine>()> make;
};

EngineMaker morgue_engine(const std::string& database);
EngineMaker fts5_engine(const std::string& sqlite_path);

}  // namespace morgue::bench
