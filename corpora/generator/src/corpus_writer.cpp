#include "corpus_writer.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>
#include <vector>
#include <memory>
#include <stdexcept>
#include <string>

namespace morgue::generator {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

std::filesystem::path file_name(const std::filesystem::path& folder, std::uint64_t index) {
    char name[48];
    std::snprintf(name, sizeof name, "corpus-%04llu.jsonl", static_cast<unsigned long long>(index));
    return folder / name;
}

std::uint64_t write_file(const ArticleGenerator& generator, const std::filesystem::path& path,
                         std::uint64_t first, std::uint64_t end) {
    const auto partial = std::filesystem::path(path).concat(".partial");
    File file(std::fopen(partial.c_str(), "wb"));
    if (!file) throw std::runtime_error("cannot write " + partial.string());
    std::setvbuf(file.get(), nullptr, _IOFBF, 1 << 20);
    std::uint64_t bytes = 0;
    std::string line;
    for (std::uint64_t n = first; n < end; ++n) {
        line = generator.article(n).dump();
        line += '\n';
        if (std::fwrite(line.data(), 1, line.size(), file.get()) != line.size())
            throw std::runtime_error("cannot write " + partial.string());
        bytes += line.size();
    }
    if (std::fclose(file.release()) != 0) throw std::runtime_error("cannot write " + partial.string());
    std::filesystem::rename(partial, path);
    return bytes;
}

}  // namespace

CorpusTotals write_corpus(const ArticleGenerator& generator, const CorpusLayout& layout) {
    std::filesystem::create_directories(layout.folder);
    const std::uint64_t files = (layout.articles + layout.per_file - 1) / layout.per_file;
    std::vector<std::uint64_t> bytes(files);
    std::atomic<std::uint64_t> next_file{0};
    std::mutex failure_mutex;
    std::exception_ptr failure;
    auto work = [&] {
        for (std::uint64_t f; (f = next_file++) < files;) {
            try {
                const std::uint64_t first = f * layout.per_file;
                bytes[f] = write_file(generator, file_name(layout.folder, f), first,
                                      std::min(layout.articles, first + layout.per_file));
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                failure = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> workers;
        for (unsigned t = 1; t < std::max(1u, layout.threads); ++t) workers.emplace_back(work);
        work();
    }
    if (failure) std::rethrow_exception(failure);
    return {files, layout.articles, std::accumulate(bytes.begin(), bytes.end(), std::uint64_t{0})};
}

}  // namespace morgue::generator
