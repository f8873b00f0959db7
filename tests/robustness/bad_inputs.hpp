#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

// Generates the bad inputs that are too big, too binary or too system-dependent to keep in the
// repository (the small hand-written ones are in tests/robustness/inputs/).
namespace morgue::robustness::bad_inputs {

// 100 KiB of pseudo-random bytes (fixed seed), as a stray image or archive would be.
std::string binary_bytes();
// A JSON Lines file whose first article carries one invalid byte amid valid UTF-8 ("é" and 0xFF).
std::string invalid_utf8_jsonl();
// Two articles, the first with NUL bytes in its headline.
std::string nul_jsonl();
// One article encoded as UTF-16 with a byte-order mark, little- or big-endian.
std::string utf16_jsonl(bool little_endian);
// An article whose body is one line of `bytes` bytes, then a small good one.
std::string huge_line_jsonl(std::size_t bytes);
// A news page whose body is one line of words, `bytes` long.
std::string huge_line_page(std::size_t bytes);
// `articles` JSON Lines articles (ids "gz1"...), as text to be gzipped by the caller.
std::string many_articles_jsonl(int articles);
std::string gzip(const std::string& text);
// A byline of 10,000 names, as one string and as a JSON list.
std::string ten_thousand_bylines_jsonl();
// A folder holding one good article and symlinks that loop: to itself, to its parent, to itself again.
void make_symlink_loop_folder(const std::filesystem::path& folder);

}  // namespace morgue::robustness::bad_inputs
