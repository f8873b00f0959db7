#include "smart_records.hpp"

#include "text_lines.hpp"

namespace morgue::quality {
namespace {

bool is_field_marker(const std::string& line) {
    return line.size() >= 2 && line[0] == '.' && line[1] >= 'A' && line[1] <= 'Z' &&
           (line.size() == 2 || line[2] == ' ');
}

}  // namespace

std::string SmartRecord::field(char name) const {
    const auto it = fields.find(name);
    return it == fields.end() ? std::string{} : it->second;
}

std::vector<SmartRecord> read_smart_records(const std::filesystem::path& file) {
    std::vector<SmartRecord> records;
    char current = 0;
    std::vector<std::string> text;
    const auto close_field = [&] {
        if (current != 0 && !records.empty()) {
            std::string& field = records.back().fields[current];
            const std::string joined = join_lines(text);
            if (!field.empty() && !joined.empty()) field += ' ';
            field += joined;
        }
        text.clear();
    };
    for (const auto& line : read_lines(file)) {
        if (!is_field_marker(line)) {
            text.push_back(line);
            continue;
        }
        close_field();
        if (line[1] == 'I') {
            records.push_back({trimmed(line.substr(2)), {}});
            current = 0;
        } else {
            current = line[1];
        }
    }
    close_field();
    return records;
}

}  // namespace morgue::quality
