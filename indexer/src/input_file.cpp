#include "input_file.hpp"
#include "utf8_repair.hpp"

#include <morgue/error.hpp>

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

namespace morgue {
namespace {

constexpr std::size_t kChunk = 1 << 16;

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string() + ": cannot open: " + std::strerror(errno));
    std::string bytes;
    std::error_code ec;
    if (auto size = std::filesystem::file_size(path, ec); !ec) bytes.reserve(size);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError(path.string() + ": read error: " + std::strerror(errno));
    return bytes;
}

bool starts_with(const std::string& bytes, std::string_view magic) { return bytes.compare(0, magic.size(), magic) == 0; }

ReadProblem stopped_at(const std::filesystem::path& path, std::size_t offset, const std::string& why) {
    return {path.string(), 0, offset, why + " after " + std::to_string(offset) +
                                          " decompressed bytes; the articles before that point are still read",
            ReadProblem::Severity::ArticleSkipped};
}

// Handles concatenated gzip members, as `cat a.gz b.gz` produces.
std::string gunzip(const std::filesystem::path& path, const std::string& compressed, std::vector<ReadProblem>& problems) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) throw InputError(path.string() + ": zlib initialisation failed");
    std::unique_ptr<z_stream, decltype(&inflateEnd)> guard(&zs, &inflateEnd);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char buffer[kChunk];
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof buffer;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - zs.avail_out);
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0) return out;
            inflateReset(&zs);
            continue;
        }
        if (rc == Z_OK) continue;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            problems.push_back(stopped_at(path, out.size(), "gzip data is truncated"));
            return out;
        }
        problems.push_back(stopped_at(path, out.size(), std::string("gzip data is corrupt (") + (zs.msg ? zs.msg : "error") + ")"));
        return out;
    }
}

std::string unzstd(const std::filesystem::path& path, const std::string& compressed, std::vector<ReadProblem>& problems) {
    std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> stream(ZSTD_createDStream(), &ZSTD_freeDStream);
    ZSTD_inBuffer in{compressed.data(), compressed.size(), 0};
    std::string out;
    char buffer[kChunk];
    std::size_t last = 0;
    while (in.pos < in.size) {
        ZSTD_outBuffer chunk{buffer, sizeof buffer, 0};
        last = ZSTD_decompressStream(stream.get(), &chunk, &in);
        out.append(buffer, chunk.pos);
        if (ZSTD_isError(last)) {
            problems.push_back(stopped_at(path, out.size(), std::string("zstd data is corrupt (") + ZSTD_getErrorName(last) + ")"));
            return out;
        }
        if (chunk.pos == 0 && in.pos == in.size) break;
    }
    for (;;) {  // flush what the decoder still holds
        ZSTD_outBuffer chunk{buffer, sizeof buffer, 0};
        last = ZSTD_decompressStream(stream.get(), &chunk, &in);
        out.append(buffer, chunk.pos);
        if (ZSTD_isError(last) || chunk.pos < sizeof buffer) break;
    }
    if (last != 0) problems.push_back(stopped_at(path, out.size(), "zstd data is truncated"));
    return out;
}

}  // namespace

std::string read_decompressed(const std::filesystem::path& path, std::vector<ReadProblem>& problems) {
    std::string bytes = read_bytes(path);
    if (starts_with(bytes, "\x1f\x8b")) return gunzip(path, bytes, problems);
    if (starts_with(bytes, "\x28\xb5\x2f\xfd")) return unzstd(path, bytes, problems);
    return bytes;
}

LoadedInput load_input(const std::filesystem::path& path) {
    LoadedInput input;
    input.source.path = path.string();
    input.source.text = read_decompressed(path, input.problems);
    repair_utf8(input.source.text, input.source.path, input.problems);
    return input;
}

}  // namespace morgue
