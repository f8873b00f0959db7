#include "input_file.hpp"
#include "utf8_repair.hpp"

#include <morgue/error.hpp>

#include <zlib.h>
#include <zstd.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>

namespace morgue {
namespace {

constexpr std::size_t kChunk = 1 << 16;

// Inputs are read whole into memory, and the UTF-8 repair indexes them with 32-bit offsets.
constexpr std::size_t kMaxInputBytes = INT32_MAX;
// How much of a file is looked at to decide that it is binary, and what share of control bytes
// (other than tab, line and page breaks) makes it so. Text with a stray NUL stays text.
constexpr std::size_t kBinarySniffBytes = 1 << 16;
constexpr std::size_t kBinaryControlPercent = 5;

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

std::string cannot_read(const std::filesystem::path& path, const char* what) {
    return path.string() + ": " + what + ": " + std::strerror(errno);
}

// Opened without blocking, so that a named pipe nobody writes to reads as empty instead of
// hanging the run; devices and folders are refused (/dev/zero would never end).
void check_readable(int fd, const std::filesystem::path& path) {
    struct stat info {};
    if (fstat(fd, &info) != 0) throw InputError(cannot_read(path, "cannot read"));
    if (S_ISDIR(info.st_mode)) throw InputError(path.string() + ": is a folder, not a file");
    if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode))
        throw InputError(path.string() + ": is not a regular file (a device or a socket)");
    if (static_cast<std::uint64_t>(info.st_size) > kMaxInputBytes)
        throw InputError(path.string() + ": file is larger than 2 GiB; split it into smaller files");
    if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) throw InputError(cannot_read(path, "cannot read"));
}

std::string read_bytes(const std::filesystem::path& path) {
    const FileDescriptor fd(open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) throw InputError(cannot_read(path, "cannot open"));
    check_readable(fd.get(), path);
    std::string bytes;
    char buffer[kChunk];
    for (;;) {
        const ssize_t n = read(fd.get(), buffer, sizeof buffer);
        if (n == 0) return bytes;
        if (n < 0) {
            if (errno == EINTR) continue;
            throw InputError(cannot_read(path, "read error"));
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
        if (bytes.size() > kMaxInputBytes)
            throw InputError(path.string() + ": input is larger than 2 GiB; split it into smaller files");
    }
}

// Control bytes in the first 64 KiB, other than tab, line feed, form feed and carriage return.
// UTF-16 files are converted before this is asked.
bool looks_binary(std::string_view text) {
    const std::string_view head = text.substr(0, kBinarySniffBytes);
    const auto controls = std::count_if(head.begin(), head.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\f' && byte != '\r') || byte == 0x7F;
    });
    return !head.empty() && static_cast<std::size_t>(controls) * 100 > head.size() * kBinaryControlPercent;
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
        if (out.size() > kMaxInputBytes) {
            out.resize(kMaxInputBytes);
            problems.push_back(stopped_at(path, out.size(), "decompressed data is larger than 2 GiB; stopped"));
            return out;
        }
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
        if (out.size() > kMaxInputBytes) {
            out.resize(kMaxInputBytes);
            problems.push_back(stopped_at(path, out.size(), "decompressed data is larger than 2 GiB; stopped"));
            return out;
        }
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
    const bool utf16 = input.source.text.starts_with("\xFF\xFE") || input.source.text.starts_with("\xFE\xFF");
    if (!utf16 && looks_binary(input.source.text))
        throw InputError(path.string() + ": binary data, not text (more than " + std::to_string(kBinaryControlPercent) +
                         "% of the first bytes are control characters); skipped");
    repair_utf8(input.source.text, input.source.path, input.problems);
    return input;
}

}  // namespace morgue
