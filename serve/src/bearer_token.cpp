#include "bearer_token.hpp"

#include <morgue/error.hpp>
#include <morgue/printable.hpp>

#include <algorithm>
#include <fstream>

namespace morgue::serve {
namespace {

constexpr std::size_t kMaxTokenBytes = 4096;

bool printable_ascii(std::string_view text) {
    for (const char c : text)
        if (c <= ' ' || c == '\x7f') return false;
    return true;
}

}  // namespace

std::string read_token_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read the token file " + printable(path));
    std::string line;
    std::getline(in, line);
    if (line.size() > kMaxTokenBytes) throw Error("the token in " + printable(path) + " is longer than 4096 bytes");
    const auto first = line.find_first_not_of(" \t\r");
    const auto last = line.find_last_not_of(" \t\r");
    if (first == std::string::npos) throw Error("the token file " + printable(path) + " holds no token on its first line");
    std::string token = line.substr(first, last - first + 1);
    if (!printable_ascii(token))
        throw Error("the token in " + printable(path) + " holds spaces or control characters; use letters, digits and punctuation");
    return token;
}

bool bearer_token_matches(std::optional<std::string_view> authorization, std::string_view token) {
    constexpr std::string_view kScheme = "Bearer ";
    if (!authorization || !authorization->starts_with(kScheme)) return false;
    const std::string_view given = authorization->substr(kScheme.size());
    // Every byte is compared whatever the others are; only the length shows.
    unsigned char difference = given.size() == token.size() ? 0 : 1;
    for (std::size_t i = 0; i < given.size(); ++i)
        difference |= static_cast<unsigned char>(given[i] ^ token[i % std::max<std::size_t>(token.size(), 1)]);
    return difference == 0 && !token.empty();
}

}  // namespace morgue::serve
