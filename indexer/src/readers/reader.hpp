#pragma once

#include <morgue/article.hpp>
#include <morgue/read_problem.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace morgue::readers {

// One input file, decompressed and repaired to valid UTF-8, as every reader sees it.
struct SourceText {
    std::string path;  // as the user named it, for messages
    std::string text;
    // Where the ids of articles that carry none come from (see derived_id); set by the index run
    // from the argument the file was found under. Empty: the file name.
    std::string id_base{};
};

// What a reader hands over: each article it could read, and each problem it met.
// A reader never throws for bad content: it reports the problem (with line and byte offset),
// skips what it must, and goes on with the rest of the file.
struct ReadCallbacks {
    std::function<void(Article&&, std::size_t line)> article;
    std::function<void(ReadProblem&&)> problem;
};

// The id of an article whose format carries none: the file's id base, and for a format with many
// records per file the record's 1-based number ("archive/sport/001.txt", "feeds/a.csv#2");
// record 0 is a file that is one article. Unique in a run as long as paths are.
std::string derived_id(const SourceText& source, std::size_t record = 0);

// A file's id base: its path relative to the argument it was found under, including the
// argument's own last component (argument "archive/" gives "archive/business/001.txt", argument
// "x/a.txt" gives "a.txt"), with ".gz" or ".zst" dropped so that compressing an archive keeps
// its ids.
std::string input_id_base(const std::filesystem::path& argument, const std::filesystem::path& file);

// 1-based line number of a byte offset in text.
std::size_t line_at(std::string_view text, std::size_t offset);

// Convenience for readers: a problem located at `offset` of `source`.
ReadProblem problem_at(const SourceText& source, std::size_t offset, std::string reason,
                       ReadProblem::Severity severity = ReadProblem::Severity::ArticleSkipped);

}  // namespace morgue::readers
