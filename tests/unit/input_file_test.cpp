// Reading input files: judged by their first block before the rest is read or decompressed,
// bounded in size, and never stuck on a silent named pipe.
#include "input_file.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <morgue/error.hpp>

#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>

namespace morgue {
namespace {

using namespace std::chrono_literals;

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string gzip(const std::string& text) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&zs, static_cast<uLong>(text.size())), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    zs.avail_in = static_cast<uInt>(text.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string zstd(const std::string& text) {
    std::string out(ZSTD_compressBound(text.size()), '\0');
    const std::size_t size = ZSTD_compress(out.data(), out.size(), text.data(), text.size(), 3);
    REQUIRE_FALSE(ZSTD_isError(size));
    out.resize(size);
    return out;
}

// Sentences of words drawn at random, so that the text does not compress to almost nothing.
std::string prose(std::size_t bytes) {
    static constexpr const char* kWords[] = {"harbour", "authority", "said", "container", "traffic", "rose", "again",
                                             "ministers", "met", "on", "Tuesday", "in", "the", "capital", "prices", "fell"};
    std::mt19937 random(8);
    std::string text;
    while (text.size() < bytes) {
        for (int word = 0; word < 12; ++word) text += std::string(word ? " " : "") + kWords[random() % std::size(kWords)];
        text += ".\n";
    }
    return text;
}

std::string error_of(const std::filesystem::path& path, const InputOptions& options = {}) {
    try {
        load_input(path, options);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(not refused)";
}

}  // namespace

TEST_CASE("input_file: gzip and zstd files are decompressed on the fly, plain ones read as they are") {
    testing::TempDir dir;
    const std::string text = prose(300'000);
    write_file(dir / "a.txt", text);
    write_file(dir / "a.txt.gz", gzip(text) + gzip("Concatenated member.\n"));
    write_file(dir / "a.txt.zst", zstd(text));
    CHECK(load_input(dir / "a.txt").source.text == text);
    const LoadedInput gz = load_input(dir / "a.txt.gz");
    CHECK(gz.source.text == text + "Concatenated member.\n");
    CHECK(gz.compression == "gzip");
    CHECK(gz.problems.empty());
    const LoadedInput zst = load_input(dir / "a.txt.zst");
    CHECK(zst.source.text == text);
    CHECK(zst.compression == "zstd");
    CHECK(zst.charset == "UTF-8");
}

TEST_CASE("input_file: a truncated zstd file keeps what came before the cut") {
    testing::TempDir dir;
    const std::string compressed = zstd(prose(500'000));
    write_file(dir / "cut.zst", compressed.substr(0, compressed.size() / 2));
    const LoadedInput input = load_input(dir / "cut.zst");
    REQUIRE(input.problems.size() == 1);
    CHECK(input.problems[0].reason.find("zstd data is truncated after") == 0);
    CHECK(input.source.text.size() > 0);
}

TEST_CASE("input_file: a gzip bomb of zeros is refused after decompressing its first block") {
    testing::TempDir dir;
    write_file(dir / "zeros.gz", gzip(std::string(200u << 20, '\0')));  // 200 MiB of zeros, 200 KB compressed
    const std::string error = error_of(dir / "zeros.gz");
    CHECK(error.find("binary data, not text") != std::string::npos);
    CHECK(error.find("after decompressing only its first 65536 bytes") != std::string::npos);
}

TEST_CASE("input_file: binary data after a text start stops the reading there, the text is kept") {
    testing::TempDir dir;
    const std::string text = prose(200'000);
    write_file(dir / "tail.gz", gzip(text + std::string(100u << 20, '\0')));
    const LoadedInput input = load_input(dir / "tail.gz");
    REQUIRE(input.problems.size() == 1);
    CHECK(input.problems[0].reason.find("binary data from here on") == 0);
    CHECK(input.source.text == text);
    CHECK(input.problems[0].byte_offset == text.size());
}

TEST_CASE("input_file: the size limit is stated as a limit, for plain and decompressed files") {
    testing::TempDir dir;
    const std::string text = prose(1'000'000);
    write_file(dir / "big.txt", text);
    write_file(dir / "big.txt.zst", zstd(text));
    InputOptions options;
    options.max_bytes = 300'000;
    CHECK(error_of(dir / "big.txt", options).find("file is larger than morgue's limit of") != std::string::npos);
    const LoadedInput input = load_input(dir / "big.txt.zst", options);
    CHECK(input.source.text.size() == 300'000);
    REQUIRE(input.problems.size() == 1);
    CHECK(input.problems[0].reason.find("decompressed data is larger than morgue's limit of 1 MiB per file") == 0);
    CHECK(input.problems[0].reason.find("truncated") == std::string::npos);
}

TEST_CASE("input_file: a named pipe whose writer stays silent times out") {
    testing::TempDir dir;
    const auto fifo = dir / "silent.fifo";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const int writer = open(fifo.c_str(), O_RDWR | O_NONBLOCK);  // a writer that never writes
    REQUIRE(writer >= 0);
    InputOptions options;
    options.pipe_timeout = 200ms;
    const std::string error = error_of(fifo, options);
    close(writer);
    CHECK(error.find("named pipe sent no data for 200 ms; skipped") != std::string::npos);
}

TEST_CASE("input_file: a named pipe that falls silent keeps what it sent") {
    testing::TempDir dir;
    const auto fifo = dir / "stalls.fifo";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const int writer = open(fifo.c_str(), O_RDWR | O_NONBLOCK);
    REQUIRE(writer >= 0);
    const std::string text = "A first line of news.\n";
    REQUIRE(write(writer, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    InputOptions options;
    options.pipe_timeout = 200ms;
    const LoadedInput input = load_input(fifo, options);
    close(writer);
    CHECK(input.source.text == text);
    REQUIRE(input.problems.size() == 1);
    CHECK(input.problems[0].reason.find("named pipe sent no data for 200 ms after 22 bytes") == 0);
}

TEST_CASE("input_file: devices and folders are refused") {
    testing::TempDir dir;
    CHECK(error_of("/dev/zero").find("is not a regular file (a device or a socket)") != std::string::npos);
    CHECK(error_of(dir.path()).find("is a folder, not a file") != std::string::npos);
}

}  // namespace morgue
