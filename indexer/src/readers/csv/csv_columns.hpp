#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace morgue::readers::csv {

// The article field a CSV column fills.
enum class CsvField { Headline, Body, Date, Byline, Source, Section, Id, Dateline, Language, Topics, Ignored };

// "--field-map title=headline,story=body": column name -> field name, in the order given.
using FieldMap = std::vector<std::pair<std::string, std::string>>;

// The field a name means, case-insensitively, with its synonyms: title/headline/heading;
// text/body/content/article/story; date/published/pubdate/publish_date/datetime;
// author/authors/byline/writer; source/publisher/site; section/category/topic; id/guid/url/link;
// dateline/location; lang/language; topics/tags/keywords; "ignore" for a column to leave out.
std::optional<CsvField> field_named(std::string_view name);

// What each column of a header fills: a --field-map entry for the column first, else its name's
// meaning. A field filled by an earlier column leaves later ones Ignored (listed in `duplicates`);
// columns that mean nothing are Ignored too (listed in `unknown`).
struct ColumnMapping {
    std::vector<CsvField> fields;  // one per column
    std::vector<std::string> unknown;
    std::vector<std::string> duplicates;

    bool reads_text() const;  // some column fills the headline or the body
};
ColumnMapping map_columns(const std::vector<std::string>& header, const FieldMap& field_map = {});

// Parses "title=headline,story=body" (several options' values may be given); throws morgue::Error
// naming the entry and the field names when an entry is not COLUMN=FIELD with a known field.
FieldMap parse_field_map(const std::vector<std::string>& entries);

// True for a .csv or .tsv file (also .gz, .zst) whose first line is a header of columns that fill
// a headline or a body: what content detection recognises as CSV.
bool looks_like_csv(const std::filesystem::path& path, std::string_view head);

}  // namespace morgue::readers::csv
