#pragma once

#include <morgue/article.hpp>

#include <cstdint>
#include <string>

namespace morgue {

// How morgue-index --shard-by splits an archive: by the article's year or month, or into shards of
// at most `size` articles each, filled in turn.
struct ShardScheme {
    enum class Kind { Year, Month, Size };
    Kind kind = Kind::Year;
    std::uint64_t size = 0;

    // "year", "month" or "size:N"; throws Error naming what it takes.
    static ShardScheme parse(const std::string& text);

    // The shard a dated scheme puts an article in ("1987", "1987-03", "undated").
    std::string key(const Article& article) const;
    // The name of the n-th shard (from 1) of a Size scheme: "000001", in order as text.
    static std::string numbered(std::uint64_t n);
};

}  // namespace morgue
