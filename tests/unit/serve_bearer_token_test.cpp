#include "bearer_token.hpp"
#include "temp_dir.hpp"

#include <morgue/error.hpp>

#include <doctest/doctest.h>

#include <fstream>

namespace morgue::serve {

TEST_CASE("serve bearer token: only the exact token, as a Bearer credential, matches") {
    CHECK(bearer_token_matches("Bearer s3cret-token", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches(std::nullopt, "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("Bearer ", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("Bearer s3cret-toke", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("Bearer s3cret-tokenX", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("Bearer S3cret-token", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("Basic s3cret-token", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("s3cret-token", "s3cret-token"));
    CHECK_FALSE(bearer_token_matches("Bearer ", ""));  // an empty token never opens anything
}

TEST_CASE("serve bearer token: the token file's first line, trimmed; an unusable file is refused") {
    testing::TempDir dir;
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
        return dir / name;
    };
    CHECK(read_token_file(write("plain", "abc123\n")) == "abc123");
    CHECK(read_token_file(write("crlf", "  abc123 \r\nsecond line\n")) == "abc123");
    CHECK_THROWS_WITH_AS(read_token_file(write("empty", "\n")), doctest::Contains("holds no token"), Error);
    CHECK_THROWS_WITH_AS(read_token_file(write("spaced", "abc 123\n")), doctest::Contains("spaces or control"), Error);
    CHECK_THROWS_WITH_AS(read_token_file(dir / "missing"), doctest::Contains("cannot read the token file"),
                         Error);
}

}  // namespace morgue::serve
