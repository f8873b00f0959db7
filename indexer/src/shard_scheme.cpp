#include "shard_scheme.hpp"

#include <morgue/error.hpp>
#include <morgue/indexer.hpp>

#include <charconv>
#include <cstdio>

namespace morgue {

ShardScheme ShardScheme::parse(const std::string& text) {
    if (text == "year") return {Kind::Year, 0};
    if (text == "month") return {Kind::Month, 0};
    if (text.starts_with("size:")) {
        std::uint64_t size = 0;
        const char* first = text.data() + 5;
        const char* last = text.data() + text.size();
        const auto [end, error] = std::from_chars(first, last, size);
        if (error == std::errc() && end == last && size > 0) return {Kind::Size, size};
    }
    throw Error("unknown shard scheme '" + text + "' (use year, month or size:N, N articles a shard)");
}

void check_shard_scheme(const std::string& scheme) {
    (void)ShardScheme::parse(scheme);
}

std::string ShardScheme::key(const Article& article) const {
    if (!article.date) return "undated";
    char key[16];
    if (kind == Kind::Month)
        std::snprintf(key, sizeof key, "%04d-%02d", article.date->year, article.date->month);
    else
        std::snprintf(key, sizeof key, "%04d", article.date->year);
    return key;
}

std::string ShardScheme::numbered(std::uint64_t n) {
    char name[24];
    std::snprintf(name, sizeof name, "%06llu", static_cast<unsigned long long>(n));
    return name;
}

}  // namespace morgue
