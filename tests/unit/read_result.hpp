#pragma once

#include "readers/reader.hpp"

#include <vector>

namespace morgue::readers {

// Everything a reader handed over for one source, for tests to inspect.
struct ReadResult {
    std::vector<Article> articles;
    std::vector<std::size_t> lines;
    std::vector<ReadProblem> problems;
};

using ReaderFunction = void (*)(const SourceText&, const ReadCallbacks&);

// Appends what `reader` reads from `source` to `result`.
inline void read_into(ReaderFunction reader, const SourceText& source, ReadResult& result) {
    reader(source, ReadCallbacks{[&result](Article&& article, std::size_t line) {
                                     result.articles.push_back(std::move(article));
                                     result.lines.push_back(line);
                                 },
                                 [&result](ReadProblem&& problem) { result.problems.push_back(std::move(problem)); }});
}

inline ReadResult read_with(ReaderFunction reader, const SourceText& source) {
    ReadResult result;
    read_into(reader, source, result);
    return result;
}

}  // namespace morgue::readers
