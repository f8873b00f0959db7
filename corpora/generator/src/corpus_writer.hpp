#pragma once

#include "article_generator.hpp"

#include <cstdint>
#include <filesystem>

namespace morgue::generator {

struct CorpusLayout {
    std::filesystem::path folder;
    std::uint64_t articles = 100000;
    std::uint64_t per_file = 100000;  // the indexer reads a file whole: keep files small
    unsigned threads = 1;             // files are written in parallel, each by one thread
};

struct CorpusTotals {
    std::uint64_t files = 0;
    std::uint64_t articles = 0;
    std::uint64_t bytes = 0;
};

// Streams the articles into folder/corpus-0000.jsonl, corpus-0001.jsonl, ... one article per line.
// Each file is written under a temporary name and renamed when complete. Throws std::runtime_error
// when a file cannot be written.
CorpusTotals write_corpus(const ArticleGenerator& generator, const CorpusLayout& layout);

}  // namespace morgue::generator
