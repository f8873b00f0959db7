#include "corpus_writer.hpp"

#include <cstdio>
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
    char name[32];
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
    CorpusTotals totals;
    for (std::uint64_t first = 0; first < layout.articles; first += layout.per_file) {
        const std::uint64_t end = std::min(layout.articles, first + layout.per_file);
        totals.bytes += write_file(generator, file_name(layout.folder, totals.files), first, end);
        totals.articles += end - first;
        ++totals.files;
    }
    return totals;
}

}  // namespace morgue::generator
