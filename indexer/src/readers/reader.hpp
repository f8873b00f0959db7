#pragma once

#include <morgue/article.hpp>
#include <morgue/read_problem.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace morgue::readers {

// One input file, decompressed and repaired to valid UTF-8, as every reader sees it.
struct SourceText {
    std::string path;  // as the user named it, for messages
    std::string text;
};

// What a reader hands over: each article it could read, and each problem it met.
// A reader never throws for bad content: it reports the problem (with line and byte offset),
// skips what it must, and goes on with the rest of the file.
struct ReadCallbacks {
    std::function<void(Article&&, std::size_t line)> article;
    std::function<void(ReadProblem&&)> problem;
};

// 1-based line number of a byte offset in text.
std::size_t line_at(std::string_view text, std::size_t offset);

// Convenience for readers: a problem located at `offset` of `source`.
ReadProblem problem_at(const SourceText& source, std::size_t offset, std::string reason,
                       ReadProblem::Severity severity = ReadProblem::Severity::ArticleSkipped);

}  // namespace morgue::readers
