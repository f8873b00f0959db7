#include "readers/reader.hpp"

#include <algorithm>

namespace morgue {

std::string ReadProblem::to_string() const {
    std::string where = path;
    if (line > 0) where += ":" + std::to_string(line);
    return where + " (byte " + std::to_string(byte_offset) + "): " + reason;
}

namespace readers {

std::size_t line_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

ReadProblem problem_at(const SourceText& source, std::size_t offset, std::string reason, ReadProblem::Severity severity) {
    return ReadProblem{source.path, line_at(source.text, offset), offset, std::move(reason), severity};
}

}  // namespace readers
}  // namespace morgue
