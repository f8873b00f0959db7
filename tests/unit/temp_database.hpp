#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace morgue::testing {

// A database path in a fresh temporary folder, removed with the object.
class TempDatabase {
public:
    TempDatabase() : dir_(std::filesystem::temp_directory_path() / ("morgue-unit-" + std::to_string(std::random_device()()))) {
        std::filesystem::create_directories(dir_);
    }
    ~TempDatabase() {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    std::string path() const { return (dir_ / "db").string(); }

private:
    std::filesystem::path dir_;
};

}  // namespace morgue::testing
