#include "readers/csv/csv_reader.hpp"

#include "readers/csv/csv_rows.hpp"

#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <algorithm>

namespace morgue::readers {
namespace {

using csv::CsvField;
using csv::CsvRow;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

// One-line fields: newlines and runs of spaces become one space.
std::string one_line(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Body text keeps its line breaks, as LF.
std::string body_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return trimmed(out);
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> items;
    for (std::size_t pos = 0; pos <= text.size();) {
        const std::size_t end = std::min(text.find_first_of(",;|", pos), text.size());
        if (std::string item = one_line(text.substr(pos, end - pos)); !item.empty()) items.push_back(std::move(item));
        pos = end + 1;
    }
    return items;
}

std::string joined(const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "'" : ", '") + name + "'";
    return list;
}

class CsvReader {
public:
    CsvReader(const SourceText& source, const ReadCallbacks& callbacks, const csv::FieldMap& field_map)
        : source_(source), callbacks_(callbacks), field_map_(field_map) {}

    void read() {
        std::string_view text = source_.text;
        const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        text.remove_prefix(start);
        const char separator = csv::detect_separator(text.substr(0, text.find_first_of("\r\n")));
        csv::CsvRowReader rows(text, separator);
        const std::optional<CsvRow> header = rows.next();
        if (!header || (header->fields.size() == 1 && trimmed(header->fields[0]).empty()))
            return report(start, 1, "the CSV file has no header row", ReadProblem::Severity::FileSkipped);
        std::vector<std::string> columns;
        for (const std::string& column : header->fields) columns.push_back(trimmed(column));
        const csv::ColumnMapping mapping = csv::map_columns(columns, field_map_);
        if (!mapping.reads_text())
            return report(start, 1,
                          "no column of the header is a headline or a body (columns: " + joined(columns) +
                              "); name them with --field-map COLUMN=FIELD, e.g. --field-map " +
                              (columns.empty() ? std::string("title") : columns[0]) + "=headline",
                          ReadProblem::Severity::FileSkipped);
        if (!mapping.unknown.empty() || !mapping.duplicates.empty()) {
            std::string reason = "columns not read:";
            if (!mapping.unknown.empty()) reason += " " + joined(mapping.unknown) + " (no field of that name)";
            if (!mapping.duplicates.empty()) reason += " " + joined(mapping.duplicates) + " (a field an earlier column fills)";
            report(start, 1, reason + "; use --field-map COLUMN=FIELD to read them", ReadProblem::Severity::Repaired);
        }
        fields_ = mapping.fields;
        std::size_t number = 0;
        while (std::optional<CsvRow> row = rows.next()) {
            if (row->fields.size() == 1 && trimmed(row->fields[0]).empty() && !row->unterminated) continue;  // blank line
            read_row(*row, ++number, start);
        }
    }

private:
    void read_row(const CsvRow& row, std::size_t number, std::size_t start) {
        const std::size_t offset = start + row.offset;
        const std::string what = "row " + std::to_string(number);
        if (row.unterminated)
            return report(offset, row.line,
                          what + " skipped: a quoted field is not closed before the end of the file (a missing '\"'?)",
                          ReadProblem::Severity::ArticleSkipped);
        if (row.fields.size() != fields_.size())
            return report(offset, row.line,
                          what + " skipped: it has " + std::to_string(row.fields.size()) + " fields, the header " +
                              std::to_string(fields_.size()),
                          ReadProblem::Severity::ArticleSkipped);
        if (!row.quoting_problem.empty())
            report(offset, row.line, what + ": " + row.quoting_problem + " (kept in the field)", ReadProblem::Severity::Repaired);
        Article article;
        std::string date_text;
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            const std::string& value = row.fields[i];
            switch (fields_[i]) {
                case CsvField::Headline: article.headline = one_line(value); break;
                case CsvField::Body: article.body = body_text(value); break;
                case CsvField::Date: date_text = one_line(value); break;
                case CsvField::Byline: {
                    const std::string byline = one_line(value);
                    article.byline = parse_byline(byline).names;
                    if (article.byline.empty() && !byline.empty()) article.byline.push_back(byline);
                    break;
                }
                case CsvField::Source: article.source = one_line(value); break;
                case CsvField::Section: article.section = one_line(value); break;
                case CsvField::Id: article.id = one_line(value); break;
                case CsvField::Dateline: article.dateline = one_line(value); break;
                case CsvField::Language: article.language = one_line(value); break;
                case CsvField::Topics: article.topics = split_list(value); break;
                case CsvField::Ignored: break;
            }
        }
        if (article.headline.empty() && article.body.empty())
            return report(offset, row.line, what + " skipped: it has no headline and no text", ReadProblem::Severity::ArticleSkipped);
        if (article.id.empty()) article.id = source_.path + "#" + std::to_string(number);
        if (!date_text.empty()) {
            article.date = parse_date(date_text);
            if (!article.date)
                report(offset, row.line, what + ": cannot read the date '" + date_text + "'; indexed without a date",
                       ReadProblem::Severity::Repaired);
        }
        callbacks_.article(std::move(article), row.line);
    }

    void report(std::size_t offset, std::size_t line, std::string reason, ReadProblem::Severity severity) {
        callbacks_.problem(ReadProblem{source_.path, line, offset, std::move(reason), severity});
    }

    const SourceText& source_;
    const ReadCallbacks& callbacks_;
    const csv::FieldMap& field_map_;
    std::vector<CsvField> fields_;
};

}  // namespace

void read_csv(const SourceText& source, const ReadCallbacks& callbacks, const csv::FieldMap& field_map) {
    CsvReader(source, callbacks, field_map).read();
}

void read_csv(const SourceText& source, const ReadCallbacks& callbacks) { read_csv(source, callbacks, {}); }

}  // namespace morgue::readers
