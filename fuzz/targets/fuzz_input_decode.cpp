// libFuzzer target: a file's bytes through decompression (gzip, zstd or plain, by magic bytes) and
// UTF-8 repair, exactly as load_input reads an input file. The bytes go to an in-memory file.
#include "fuzz_support.hpp"
#include "input_file.hpp"

#include <morgue/error.hpp>

#include <sys/mman.h>
#include <unistd.h>

namespace {

class MemoryFile {
public:
    MemoryFile(const std::uint8_t* data, std::size_t size) : fd_(memfd_create("fuzz-input", 0)) {
        morgue::fuzz::require(fd_ >= 0);
        for (std::size_t done = 0; done < size;) {
            const ssize_t n = write(fd_, data + done, size - done);
            morgue::fuzz::require(n > 0);
            done += static_cast<std::size_t>(n);
        }
    }
    ~MemoryFile() { close(fd_); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

private:
    int fd_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using morgue::fuzz::require;
    const MemoryFile file(data, size);
    try {
        const morgue::LoadedInput input = morgue::load_input(file.path());
        require(morgue::fuzz::is_valid_utf8(input.source.text));
        require(input.source.text.find('\0') == std::string::npos);
        for (const auto& problem : input.problems) require(!problem.reason.empty());
    } catch (const morgue::InputError&) {
        // A file that cannot be read at all is reported by the caller; fine.
    }
    return 0;
}
