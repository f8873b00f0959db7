#pragma once

#include <morgue/date.hpp>

#include <optional>
#include <string>
#include <vector>

namespace morgue {

// One news article as morgue models it, whatever format it was read from.
// All text is valid UTF-8 (readers repair what is not). Empty string / empty list / nullopt = unknown.
struct Article {
    std::string id{};                    // unique key: indexing an article with the same id replaces it
    std::string headline{};
    std::vector<std::string> byline{};   // author names, one per element, without "By" or the source
    std::string source{};                // agency or paper, e.g. "Reuters", "China Daily"
    std::optional<DateTime> date{};      // UTC
    std::string dateline{};              // place the story was filed from, e.g. "SALVADOR"
    std::string section{};
    std::string body{};
    std::vector<std::string> topics{};   // Reuters-style subject codes, e.g. "cocoa"
    std::vector<std::string> places{};   // Reuters-style place codes, e.g. "el-salvador"
    std::string language{};              // stemming language ("english", "french", ...); empty = the run's default

    bool operator==(const Article&) const = default;
};

}  // namespace morgue
