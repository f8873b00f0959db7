#include "input_stream.hpp"

#include <morgue/error.hpp>

#include <zlib.h>
#include <zstd.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

namespace morgue {
namespace {

constexpr std::size_t kChunk = 1 << 16;

std::string cannot_read(const std::filesystem::path& path, const char* what) {
    return path.string() + ": " + what + ": " + std::strerror(errno);
}

std::string format_seconds(std::chrono::milliseconds timeout) {
    const auto ms = timeout.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

// A file descriptor, read with poll() when it is a pipe so that a silent writer cannot hang the run.
class FileStream final : public InputStream {
public:
    FileStream(const std::filesystem::path& path, std::size_t max_file_bytes, std::chrono::milliseconds pipe_timeout)
        : path_(path), timeout_(pipe_timeout) {
        // Opened without blocking: opening a named pipe would otherwise wait for a writer forever.
        fd_ = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd_ < 0) throw InputError(cannot_read(path, "cannot open"));
        struct stat info {};
        if (fstat(fd_, &info) != 0) fail(cannot_read(path, "cannot read"));
        if (S_ISDIR(info.st_mode)) fail(path.string() + ": is a folder, not a file");
        if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode))
            fail(path.string() + ": is not a regular file (a device or a socket)");  // /dev/zero would never end
        if (static_cast<std::uint64_t>(info.st_size) > max_file_bytes)
            fail(path.string() + ": file is larger than morgue's limit of " + std::to_string((max_file_bytes + (1 << 20) - 1) >> 20) +
                 " MiB per input file; split it into smaller files");
        pipe_ = S_ISFIFO(info.st_mode);
    }
    ~FileStream() override { close(fd_); }
    FileStream(const FileStream&) = delete;
    FileStream& operator=(const FileStream&) = delete;

    std::size_t read(char* out, std::size_t size) override {
        while (!ended_) {
            if (pipe_ && !wait_for_data()) return 0;
            const ssize_t n = ::read(fd_, out, size);
            if (n > 0) {
                bytes_ += static_cast<std::size_t>(n);
                return static_cast<std::size_t>(n);
            }
            if (n == 0) ended_ = true;
            else if (errno != EINTR && errno != EAGAIN) throw InputError(cannot_read(path_, "read error"));
        }
        return 0;
    }

private:
    [[noreturn]] void fail(const std::string& message) {
        close(fd_);
        fd_ = -1;
        throw InputError(message);
    }

    // False when the pipe stayed silent for the whole timeout.
    bool wait_for_data() {
        pollfd request{fd_, POLLIN, 0};
        for (;;) {
            const int ready = poll(&request, 1, static_cast<int>(timeout_.count()));
            if (ready > 0) return true;
            if (ready < 0 && errno == EINTR) continue;
            if (ready < 0) throw InputError(cannot_read(path_, "read error"));
            break;
        }
        ended_ = true;
        const std::string silent = "named pipe sent no data for " + format_seconds(timeout_);
        if (bytes_ == 0) throw InputError(path_.string() + ": " + silent + "; skipped (morgue reads a pipe only while its writer writes)");
        problems_.push_back({path_.string(), 0, bytes_, silent + " after " + std::to_string(bytes_) +
                                                            " bytes; stopped reading it, the articles before that point are still read",
                             ReadProblem::Severity::ArticleSkipped});
        return false;
    }

    std::filesystem::path path_;
    std::chrono::milliseconds timeout_;
    int fd_ = -1;
    bool pipe_ = false;
    bool ended_ = false;
    std::size_t bytes_ = 0;
};

// Shared by the decompressors: compressed input pulled from the file a chunk at a time.
class Decompressor : public InputStream {
protected:
    Decompressor(std::unique_ptr<InputStream> file, std::string path, std::string already_read)
        : file_(std::move(file)), path_(std::move(path)), pending_(std::move(already_read)) {}

    // Refills `input_` when it is used up; false at the end of the file.
    bool refill() {
        if (!pending_.empty()) {
            input_ = std::move(pending_);
            pending_.clear();
            return true;
        }
        input_.resize(kChunk);
        input_.resize(file_->read(input_.data(), input_.size()));
        for (auto& problem : file_->problems()) problems_.push_back(std::move(problem));
        file_->problems().clear();
        return !input_.empty();
    }

    void stop(const std::string& why) {
        done_ = true;
        problems_.push_back({path_, 0, produced_,
                             why + " after " + std::to_string(produced_) + " decompressed bytes; the articles before that point are still read",
                             ReadProblem::Severity::ArticleSkipped});
    }

    std::unique_ptr<InputStream> file_;
    std::string path_;
    std::string pending_;  // the magic bytes read to choose the decompressor
    std::string input_;
    std::size_t produced_ = 0;
    bool done_ = false;
};

class GzipStream final : public Decompressor {
public:
    GzipStream(std::unique_ptr<InputStream> file, std::string path, std::string already_read)
        : Decompressor(std::move(file), std::move(path), std::move(already_read)) {
        if (inflateInit2(&zs_, 15 + 32) != Z_OK) throw InputError(path_ + ": zlib initialisation failed");
    }
    ~GzipStream() override { inflateEnd(&zs_); }
    GzipStream(const GzipStream&) = delete;
    GzipStream& operator=(const GzipStream&) = delete;
    const char* compression() const override { return "gzip"; }

    // Handles concatenated gzip members, as `cat a.gz b.gz` produces.
    std::size_t read(char* out, std::size_t size) override {
        while (!done_) {
            if (zs_.avail_in == 0 && !at_end_) {
                at_end_ = !refill();
                zs_.next_in = reinterpret_cast<Bytef*>(input_.data());
                zs_.avail_in = static_cast<uInt>(input_.size());
            }
            zs_.next_out = reinterpret_cast<Bytef*>(out);
            zs_.avail_out = static_cast<uInt>(size);
            const int rc = inflate(&zs_, Z_NO_FLUSH);
            const std::size_t got = size - zs_.avail_out;
            produced_ += got;
            if (rc == Z_STREAM_END) {
                if (zs_.avail_in == 0 && !at_end_) {
                    at_end_ = !refill();
                    zs_.next_in = reinterpret_cast<Bytef*>(input_.data());
                    zs_.avail_in = static_cast<uInt>(input_.size());
                }
                if (zs_.avail_in == 0 && at_end_) done_ = true;
                else inflateReset(&zs_);
            } else if (rc == Z_BUF_ERROR && zs_.avail_in == 0 && at_end_) {
                stop("gzip data is truncated");
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                stop(std::string("gzip data is corrupt (") + (zs_.msg ? zs_.msg : "error") + ")");
            }
            if (got > 0) return got;
        }
        return 0;
    }

private:
    z_stream zs_{};
    bool at_end_ = false;
};

class ZstdStream final : public Decompressor {
public:
    ZstdStream(std::unique_ptr<InputStream> file, std::string path, std::string already_read)
        : Decompressor(std::move(file), std::move(path), std::move(already_read)), stream_(ZSTD_createDStream()) {
        if (!stream_) throw InputError(path_ + ": zstd initialisation failed");
    }
    ~ZstdStream() override { ZSTD_freeDStream(stream_); }
    ZstdStream(const ZstdStream&) = delete;
    ZstdStream& operator=(const ZstdStream&) = delete;
    const char* compression() const override { return "zstd"; }

    std::size_t read(char* out, std::size_t size) override {
        while (!done_) {
            if (in_.pos == in_.size && !at_end_) {
                at_end_ = !refill();
                in_ = {input_.data(), input_.size(), 0};
            }
            ZSTD_outBuffer chunk{out, size, 0};
            const std::size_t rc = ZSTD_decompressStream(stream_, &chunk, &in_);
            produced_ += chunk.pos;
            if (ZSTD_isError(rc)) {
                stop(std::string("zstd data is corrupt (") + ZSTD_getErrorName(rc) + ")");
            } else if (chunk.pos == 0 && in_.pos == in_.size && at_end_) {
                // Nothing more comes out: the last frame is complete (rc == 0) or was cut off.
                if (rc != 0) stop("zstd data is truncated");
                done_ = true;
            }
            if (chunk.pos > 0) return chunk.pos;
        }
        return 0;
    }

private:
    ZSTD_DStream* stream_;
    ZSTD_inBuffer in_{nullptr, 0, 0};
    bool at_end_ = false;
};

}  // namespace

std::unique_ptr<InputStream> open_input_stream(const std::filesystem::path& path, std::size_t max_file_bytes,
                                               std::chrono::milliseconds pipe_timeout) {
    auto file = std::make_unique<FileStream>(path, max_file_bytes, pipe_timeout);
    std::string magic(4, '\0');  // enough for both magics; a short read of a pipe is completed
    std::size_t got = 0;
    while (got < magic.size()) {
        const std::size_t n = file->read(magic.data() + got, magic.size() - got);
        if (n == 0) break;
        got += n;
    }
    magic.resize(got);
    if (magic.starts_with("\x1f\x8b")) return std::make_unique<GzipStream>(std::move(file), path.string(), std::move(magic));
    if (magic.starts_with("\x28\xb5\x2f\xfd")) return std::make_unique<ZstdStream>(std::move(file), path.string(), std::move(magic));
    // A plain file: hand back the bytes already read first.
    class Plain final : public InputStream {
    public:
        Plain(std::unique_ptr<InputStream> file, std::string first) : file_(std::move(file)), first_(std::move(first)) {}
        std::size_t read(char* out, std::size_t size) override {
            if (pos_ < first_.size()) {
                const std::size_t n = std::min(size, first_.size() - pos_);
                std::memcpy(out, first_.data() + pos_, n);
                pos_ += n;
                return n;
            }
            const std::size_t n = file_->read(out, size);
            for (auto& problem : file_->problems()) problems_.push_back(std::move(problem));
            file_->problems().clear();
            return n;
        }

    private:
        std::unique_ptr<InputStream> file_;
        std::string first_;
        std::size_t pos_ = 0;
    };
    return std::make_unique<Plain>(std::move(file), std::move(magic));
}

}  // namespace morgue
