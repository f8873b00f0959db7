// The input layer under the real morgue-index: memory bounded by the first block of a file, not
// the file; silent pipes time out; unknown shapes refused; a GBK pseudo-XML archive read with text.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <zlib.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <random>
#include <stdexcept>

namespace morgue::robustness {
namespace {

using namespace std::chrono_literals;

// Below what reading the 64 MiB and 1 GiB inputs whole would take (the indexer that did so failed
// with bad_alloc at 128 MiB on the 64 MiB file), with room for the program itself: it needs
// under 60 MiB of address space with one thread.
constexpr std::uint64_t kSmallAddressSpace = std::uint64_t{128} << 20;

std::filesystem::path corpora() { return inputs_dir() / ".." / ".." / ".." / "corpora"; }

ChildOptions small_memory(std::chrono::milliseconds timeout = 120s) {
    ChildOptions options;
    options.timeout = timeout;
    if (!under_address_sanitizer()) options.address_space = kSmallAddressSpace;
    return options;
}

void write_random(const std::filesystem::path& path, std::size_t bytes) {
    std::mt19937_64 random(64);
    std::ofstream out(path, std::ios::binary);
    std::string block(1 << 20, '\0');
    for (std::size_t done = 0; done < bytes; done += block.size()) {
        for (std::size_t i = 0; i < block.size(); i += 8) {
            const std::uint64_t value = random();
            std::memcpy(block.data() + i, &value, 8);
        }
        out.write(block.data(), static_cast<std::streamsize>(block.size()));
    }
}

// `bytes` of zeros as gzip, compressed a mebibyte at a time (about 1 KB out per MiB in).
void write_gzip_zeros(const std::filesystem::path& path, std::size_t bytes) {
    z_stream zs{};
    if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("deflateInit2");
    std::ofstream out(path, std::ios::binary);
    std::string zeros(1 << 20, '\0'), buffer(1 << 16, '\0');
    for (std::size_t done = 0; done <= bytes; done += zeros.size()) {
        const bool last = done == bytes;
        zs.next_in = reinterpret_cast<Bytef*>(zeros.data());
        zs.avail_in = last ? 0 : static_cast<uInt>(zeros.size());
        do {
            zs.next_out = reinterpret_cast<Bytef*>(buffer.data());
            zs.avail_out = static_cast<uInt>(buffer.size());
            deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size() - zs.avail_out));
        } while (zs.avail_out == 0);
    }
    deflateEnd(&zs);
}

}  // namespace

TEST_CASE("bad_input: a 64 MiB file of random bytes is refused from its first block, in small memory") {
    TempDir dir;
    write_random(dir / "random.bin", 64u << 20);
    write_file(dir / "good.jsonl", "{\"id\":\"r1\",\"headline\":\"beside the random bytes\"}\n");
    const auto run = morgue_index(dir / "db", {"--threads", "1", dir / "random.bin", dir / "good.jsonl"}, small_memory());
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find(dir / "random.bin (byte 0): binary data, not text") != std::string::npos);
    CHECK(document_count(dir / "db") == 1);
}

TEST_CASE("bad_input: a .gz bomb of 1 GiB of zeros is refused after its first block, in small memory") {
    TempDir dir;
    write_gzip_zeros(dir / "zeros.txt.gz", std::size_t{1} << 30);
    write_file(dir / "good.jsonl", "{\"id\":\"z1\",\"headline\":\"beside the bomb\"}\n");
    const auto run = morgue_index(dir / "db", {"--threads", "1", dir / "zeros.txt.gz", dir / "good.jsonl"}, small_memory());
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find(dir / "zeros.txt.gz (byte 0): binary data, not text") != std::string::npos);
    CHECK(run.err.find("after decompressing only its first 65536 bytes") != std::string::npos);
    CHECK(document_count(dir / "db") == 1);
}

TEST_CASE("bad_input: a named pipe whose writer stays silent times out; the next file is indexed") {
    TempDir dir;
    const std::string fifo = dir / "silent.fifo";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const int writer = open(fifo.c_str(), O_RDWR | O_NONBLOCK);  // holds the pipe open, never writes
    REQUIRE(writer >= 0);
    write_file(dir / "good.jsonl", "{\"id\":\"f1\",\"headline\":\"after the pipe\"}\n");
    const auto run = morgue_index(dir / "db", {fifo, dir / "good.jsonl"}, within(60s));
    close(writer);
    INFO(run.err);
    CHECK_FALSE(run.timed_out);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find(fifo + " (byte 0): named pipe sent no data for 10 s; skipped") != std::string::npos);
    CHECK(search_answer(dir / "db", {"id:f1"}).total == 1);
}

TEST_CASE("bad_input: a SHA256SUMS file in a folder is refused, saying what it looks like") {
    TempDir dir;
    std::filesystem::create_directory(dir / "archive");
    write_file(dir / "archive/SHA256SUMS",
               "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  good.jsonl\n"
               "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  other.jsonl\n");
    write_file(dir / "archive/good.jsonl", "{\"id\":\"c1\",\"headline\":\"next to the checksums\"}\n");
    const auto run = morgue_index(dir / "db", {dir / "archive"}, within(60s));
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find(dir / "archive/SHA256SUMS (byte 0): not a known article format: first line looks like `e3b0c442") !=
          std::string::npos);
    CHECK(run.err.find("(a checksum list?); use --format to force one") != std::string::npos);
    CHECK(document_count(dir / "db") == 1);
}

TEST_CASE("bad_input: a SogouCS-shaped GBK archive is indexed with its text") {
    TempDir dir;
    const std::string sample = (corpora() / "sogou-like" / "news.sohunews.sample.txt").string();
    const auto run = morgue_index(dir / "db", {"--verbose", sample}, within(60s));
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.find(sample + ": trec, GB18030") != std::string::npos);
    CHECK(document_count(dir / "db") == 3);
    CHECK(search_answer(dir / "db", {"熊猫"}).ids == std::vector<std::string>{"1e8f7a6b5c4d3e21-0f1e2d3c4b5a6978"});
    CHECK(search_answer(dir / "db", {"headline:招聘会"}).ids == std::vector<std::string>{"7c2d9e1f0a3b5c48-9d0e1f2a3b4c5d6e"});
}

}  // namespace morgue::robustness
