#pragma once

#include <morgue/read_problem.hpp>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

namespace morgue {

// How long a named pipe (FIFO) may stay silent before its reading stops: its writer may never
// write, and the indexer holds the database's write lock meanwhile.
inline constexpr std::chrono::milliseconds kPipeSilenceTimeout{10'000};

// The bytes of an input file as a stream, decompressed on the fly when the file starts with the
// magic bytes of gzip (concatenated members too) or zstd, so that a file can be judged by its
// first bytes before the rest is read or decompressed.
class InputStream {
public:
    virtual ~InputStream() = default;
    // Up to `size` bytes into `out`; 0 at the end. A truncated or corrupt compressed file ends
    // early, with a problem saying where (problems()). Throws InputError when the file cannot be
    // read at all, or when a pipe stays silent for the timeout before sending anything.
    virtual std::size_t read(char* out, std::size_t size) = 0;
    // What ended the stream early: damage, or a pipe that fell silent.
    std::vector<ReadProblem>& problems() { return problems_; }
    // "gzip", "zstd" or "" for a plain file.
    virtual const char* compression() const { return ""; }

protected:
    std::vector<ReadProblem> problems_;
};

// Opens `path`: a regular file or a named pipe (read without blocking past `pipe_timeout`);
// folders and devices are refused with InputError, as is a regular file larger than
// `max_file_bytes` (checked before anything is read).
std::unique_ptr<InputStream> open_input_stream(const std::filesystem::path& path, std::size_t max_file_bytes,
                                               std::chrono::milliseconds pipe_timeout = kPipeSilenceTimeout);

}  // namespace morgue
