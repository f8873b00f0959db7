#include "readers/reader.hpp"

#include <algorithm>

namespace morgue {

std::string ReadProblem::to_string() const {
    std::string where = path;
    if (line > 0) where += ":" + std::to_string(line);
    return where + " (byte " + std::to_string(byte_offset) + "): " + reason;
}

namespace readers {
namespace {

std::string without_compression_suffix(std::string name) {
    for (std::string_view suffix : {".gz", ".zst", ".bz2", ".xz"}) {
        if (name.size() > suffix.size() && name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
    }
    return name;
}

}  // namespace

std::string derived_id(const SourceText& source, std::size_t record) {
    std::string id = source.id_base.empty()
                         ? without_compression_suffix(std::filesystem::path(source.path).filename().string())
                         : source.id_base;
    if (record > 0) id += "#" + std::to_string(record);
    return id;
}

std::string input_id_base(const std::filesystem::path& argument, const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_directory(argument, ec)) return without_compression_suffix(file.filename().string());
    // "archive/", "./archive" and "." all name a folder by its last component.
    std::filesystem::path folder = std::filesystem::absolute(argument, ec).lexically_normal();
    if (!folder.has_filename()) folder = folder.parent_path();
    std::filesystem::path id = folder.filename() / file.lexically_relative(argument);
    return without_compression_suffix(id.lexically_normal().generic_string());
}

std::size_t line_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

ReadProblem problem_at(const SourceText& source, std::size_t offset, std::string reason, ReadProblem::Severity severity) {
    return ReadProblem{source.path, line_at(source.text, offset), offset, std::move(reason), severity};
}

}  // namespace readers
}  // namespace morgue
