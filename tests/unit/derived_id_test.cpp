// Ids of articles whose format carries none: from the path under the argument given, so that
// same-named files in different folders do not replace each other.
#include "readers/reader.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>

namespace morgue::readers {
namespace {

void touch(const std::filesystem::path& path) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << "x\n";
}

}  // namespace

TEST_CASE("derived_id: a folder argument keeps its own last component and the path under it") {
    testing::TempDir dir;
    const auto root = dir.path() / "archive";
    touch(root / "business" / "001.txt");
    touch(root / "sport" / "001.txt");
    for (const std::filesystem::path& argument : {root, std::filesystem::path(root.string() + "/"), root / "." / ""}) {
        CAPTURE(argument);
        CHECK(input_id_base(argument, argument / "business" / "001.txt") == "archive/business/001.txt");
        CHECK(input_id_base(argument, argument / "sport" / "001.txt") == "archive/sport/001.txt");
    }
}

TEST_CASE("derived_id: a file argument is its file name; a compression suffix is dropped") {
    testing::TempDir dir;
    touch(dir.path() / "x" / "a.txt");
    touch(dir.path() / "x" / "b.txt.gz");
    CHECK(input_id_base(dir.path() / "x" / "a.txt", dir.path() / "x" / "a.txt") == "a.txt");
    CHECK(input_id_base(dir.path() / "x" / "b.txt.gz", dir.path() / "x" / "b.txt.gz") == "b.txt");
    CHECK(input_id_base(dir.path() / "x", dir.path() / "x" / "b.txt.gz") == "x/b.txt");
}

TEST_CASE("derived_id: the current folder is named by its own name") {
    testing::TempDir dir;
    touch(dir.path() / "news" / "a.txt");
    const auto before = std::filesystem::current_path();
    std::filesystem::current_path(dir.path() / "news");
    const std::string id = input_id_base(".", std::filesystem::path(".") / "a.txt");
    std::filesystem::current_path(before);
    CHECK(id == "news/a.txt");
}

TEST_CASE("derived_id: a record number for formats with many records per file") {
    const SourceText source{"feeds/a.csv", "", "feeds/a.csv"};
    CHECK(derived_id(source) == "feeds/a.csv");
    CHECK(derived_id(source, 2) == "feeds/a.csv#2");
    CHECK(derived_id(SourceText{"/tmp/x/a.csv.zst", ""}, 1) == "a.csv#1");
}

}  // namespace morgue::readers
