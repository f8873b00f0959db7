#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace morgue::serve {

// The token of --token-file: the file's first line (a final newline and spaces around it are not
// part of it). Throws Error if the file cannot be read, or holds no token or a token with spaces
// or control characters, which a client could not send in an Authorization header.
std::string read_token_file(const std::string& path);

// Whether an Authorization header's value is "Bearer <token>" with exactly this token. Compares in
// time independent of where the two differ, so the token cannot be guessed byte by byte.
bool bearer_token_matches(std::optional<std::string_view> authorization, std::string_view token);

}  // namespace morgue::serve
