#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace morgue::quality {

// One record of the SMART tagged format (CISI, MED, CRAN, CACM): `.I id`, then fields each opened
// by a line `.X` (one letter) with its text on the lines after it. A field that repeats (`.A`,
// CRAN's two `.W`) keeps every occurrence, joined by a space.
struct SmartRecord {
    std::string id;
    std::map<char, std::string> fields;

    std::string field(char name) const;  // empty when absent
};

std::vector<SmartRecord> read_smart_records(const std::filesystem::path& file);

}  // namespace morgue::quality
