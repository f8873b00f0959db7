#include "readers/csv/csv_columns.hpp"

#include "readers/csv/csv_rows.hpp"

#include <morgue/error.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace morgue::readers::csv {
namespace {

struct FieldName {
    std::string_view name;
    CsvField field;
};

constexpr std::array<FieldName, 37> kFieldNames{{
    {"headline", CsvField::Headline}, {"title", CsvField::Headline},       {"heading", CsvField::Headline},
    {"body", CsvField::Body},         {"text", CsvField::Body},            {"content", CsvField::Body},
    {"article", CsvField::Body},      {"story", CsvField::Body},           {"date", CsvField::Date},
    {"published", CsvField::Date},    {"pubdate", CsvField::Date},         {"publish_date", CsvField::Date},
    {"datetime", CsvField::Date},     {"byline", CsvField::Byline},        {"author", CsvField::Byline},
    {"authors", CsvField::Byline},    {"writer", CsvField::Byline},        {"source", CsvField::Source},
    {"publisher", CsvField::Source},  {"site", CsvField::Source},          {"section", CsvField::Section},
    {"category", CsvField::Section},  {"topic", CsvField::Section},        {"id", CsvField::Id},
    {"guid", CsvField::Id},           {"url", CsvField::Id},               {"link", CsvField::Id},
    {"dateline", CsvField::Dateline}, {"location", CsvField::Dateline},    {"lang", CsvField::Language},
    {"language", CsvField::Language}, {"topics", CsvField::Topics},        {"tags", CsvField::Topics},
    {"keywords", CsvField::Topics},   {"ignore", CsvField::Ignored},       {"published_at", CsvField::Date},
    {"publication_date", CsvField::Date},
}};

// Lowercase, trimmed, "Publish Date" and "publish-date" as "publish_date".
std::string normalized(std::string_view name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isspace(u) || c == '-' || c == '_') {
            if (!out.empty() && out.back() != '_') out += '_';
        } else {
            out += static_cast<char>(std::tolower(u));
        }
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

std::string field_names_list() {
    std::string list;
    for (std::string_view name : {"headline", "body", "date", "byline", "source", "section", "id", "dateline", "lang",
                                  "topics", "ignore"})
        list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
}

std::string lower_extension(std::filesystem::path path) {
    if (path.extension() == ".gz" || path.extension() == ".zst") path = path.stem();
    return normalized(path.extension().string());
}

}  // namespace

std::optional<CsvField> field_named(std::string_view name) {
    const std::string key = normalized(name);
    for (const FieldName& entry : kFieldNames)
        if (entry.name == key) return entry.field;
    return std::nullopt;
}

bool ColumnMapping::reads_text() const {
    return std::any_of(fields.begin(), fields.end(),
                       [](CsvField field) { return field == CsvField::Headline || field == CsvField::Body; });
}

ColumnMapping map_columns(const std::vector<std::string>& header, const FieldMap& field_map) {
    ColumnMapping mapping;
    std::vector<CsvField> taken;
    for (const std::string& column : header) {
        std::optional<CsvField> field;
        for (const auto& [mapped_column, field_name] : field_map)
            if (normalized(mapped_column) == normalized(column)) field = field_named(field_name);
        if (!field) field = field_named(column);
        if (!field) {
            mapping.unknown.push_back(column);
            field = CsvField::Ignored;
        } else if (*field != CsvField::Ignored && std::find(taken.begin(), taken.end(), *field) != taken.end()) {
            mapping.duplicates.push_back(column);
            field = CsvField::Ignored;
        }
        taken.push_back(*field);
        mapping.fields.push_back(*field);
    }
    return mapping;
}

FieldMap parse_field_map(const std::vector<std::string>& entries) {
    FieldMap map;
    for (const std::string& entry : entries) {
        for (std::size_t pos = 0; pos <= entry.size();) {
            const std::size_t comma = std::min(entry.find(',', pos), entry.size());
            const std::string item = entry.substr(pos, comma - pos);
            pos = comma + 1;
            if (normalized(item).empty()) continue;
            const std::size_t equals = item.find('=');
            if (equals == std::string::npos || normalized(item.substr(0, equals)).empty() ||
                !field_named(item.substr(equals + 1)))
                throw Error("--field-map entry '" + item + "' is not COLUMN=FIELD with FIELD one of " + field_names_list());
            map.emplace_back(item.substr(0, equals), item.substr(equals + 1));
        }
    }
    return map;
}

bool looks_like_csv(const std::filesystem::path& path, std::string_view head) {
    const std::string ext = lower_extension(path);
    if (ext != ".csv" && ext != ".tsv") return false;
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    const std::string_view first_line = head.substr(0, head.find_first_of("\r\n"));
    CsvRowReader reader(first_line, detect_separator(first_line));
    const std::optional<CsvRow> header = reader.next();
    return header && map_columns(header->fields).reads_text();
}

}  // namespace morgue::readers::csv
