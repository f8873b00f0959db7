#pragma once

#include "temp_dir.hpp"

#include <string>

namespace morgue::testing {

// A database path in a fresh temporary folder, removed with the object.
class TempDatabase {
public:
    std::string path() const { return dir_ / "db"; }

private:
    TempDir dir_;
};

}  // namespace morgue::testing
