#include "readers/page_segmenter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace morgue::readers {
namespace {

std::vector<std::string> texts(const std::vector<TextSegment>& segments) {
    std::vector<std::string> out;
    for (const TextSegment& segment : segments) out.push_back(segment.text);
    return out;
}

const std::string kProse =
    "The council voted on Monday to extend the harbour wall by forty metres, saying the work would protect the old "
    "town from winter storms. Construction is due to start in the spring and last about a year, and the cost will be "
    "shared with the regional government.";

}  // namespace

TEST_CASE("page_segmenter: a long paragraph of prose is not a flattened page") {
    CHECK(segment_flattened_line(kProse + " " + kProse).empty());
    CHECK(segment_flattened_line("Home  News  Sport").empty());  // short lines are never cut
}

TEST_CASE("page_segmenter: runs of spaces and tabs separate the blocks of a flattened page") {
    const std::string line = "Home  News\tSport  Harbour wall to be extended  Updated: 2019-11-18  " + kProse +
                             "  Most read  1. Storm closes pier";
    const auto segments = segment_flattened_line(line);
    REQUIRE(texts(segments) == std::vector<std::string>{"Home", "News", "Sport", "Harbour wall to be extended",
                                                      "Updated: 2019-11-18", kProse, "Most read", "1. Storm closes pier"});
    CHECK(segments[1].offset == line.find("News"));
}

TEST_CASE("page_segmenter: single spaces only: widgets, labels, dates and datelines cut the line") {
    const std::string line = "Home News Sport Sign in Harbour wall to be extended By Ann Lee Updated: 21 June 2022 "
                             "KIEL - " + kProse + " Share Tweet Print Most read Storm closes pier";
    const auto segments = texts(segment_flattened_line(line));
    CHECK(segments == std::vector<std::string>{"Home News Sport", "Sign in", "Harbour wall to be extended", "By Ann Lee",
                                               "Updated: 21 June 2022", "KIEL - " + kProse, "Share", "Tweet", "Print",
                                               "Most read", "Storm closes pier"});
}

TEST_CASE("page_segmenter: widget words inside prose do not cut it") {
    const std::string line = "Share prices rose on Monday. " + kProse + " Print runs of the paper were cut. " + kProse +
                             " Comments from the minister were brief.";
    CHECK(segment_flattened_line(line).empty());
}

TEST_CASE("page_segmenter: whitespace helpers know the spaces of web pages") {
    CHECK(collapse_whitespace(" a\xC2\xA0\xC2\xA0" "b\xE3\x80\x80 c\t") == "a b c");
    CHECK(space_width("\xE2\x80\x83", 0) == 3);
    CHECK(space_width("x", 0) == 0);
}

}  // namespace morgue::readers
