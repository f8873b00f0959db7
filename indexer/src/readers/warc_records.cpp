#include "readers/warc_records.hpp"

#include "readers/text_spaces.hpp"

#include <morgue/ascii.hpp>

#include <charconv>

namespace morgue::readers::warc {
namespace {

// A record's header is a few hundred bytes; one without an end in this much is not a header.
constexpr std::size_t kMaxHeaderBytes = 64 * 1024;

// The next line of the text that starts a record, at or after `from`.
std::size_t next_record_start(std::string_view text, std::size_t from) {
    if (from < text.size() && text.substr(from).starts_with("WARC/")) return from;
    const auto at = text.find("\nWARC/", from);
    return at == std::string_view::npos ? std::string_view::npos : at + 1;
}

// End of the header (the offset just past its blank line), or npos.
std::size_t header_end(std::string_view text, std::size_t from) {
    const std::string_view window = text.substr(from, kMaxHeaderBytes);
    const auto crlf = window.find("\r\n\r\n");
    const auto lf = window.find("\n\n");
    if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::string_view::npos;
    if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf)) return from + crlf + 4;
    return from + lf + 2;
}

std::vector<std::pair<std::string, std::string>> parse_fields(std::string_view header) {
    std::vector<std::pair<std::string, std::string>> fields;
    std::size_t start = header.find('\n');  // after the version line
    while (start != std::string_view::npos && start + 1 < header.size()) {
        ++start;
        std::size_t end = header.find('\n', start);
        if (end == std::string_view::npos) end = header.size();
        const std::string_view line = header.substr(start, end - start);
        if ((line.starts_with(' ') || line.starts_with('\t')) && !fields.empty()) {  // folded continuation
            fields.back().second += ' ';
            fields.back().second += trim_header_line(line);
        } else if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            fields.emplace_back(ascii_lower(trim_header_line(line.substr(0, colon))), std::string(trim_header_line(line.substr(colon + 1))));
        }
        start = end;
    }
    return fields;
}

}  // namespace

std::optional<std::string_view> Record::field(std::string_view name) const {
    for (const auto& [key, value] : fields)
        if (key == name) return std::string_view(value);
    return std::nullopt;
}

void for_each_record(std::string_view text, const std::function<void(const Record&)>& on_record,
                     const std::function<void(std::size_t offset, std::string reason)>& on_problem) {
    std::size_t at = 0;
    while (at < text.size()) {
        // Between records: line ends; anything else is damage, reported once before skipping it.
        const auto next = text.find_first_not_of("\r\n", at);
        if (next == std::string_view::npos) return;
        if (!text.substr(next).starts_with("WARC/")) {
            const std::size_t resume = next_record_start(text, next);
            on_problem(next, "expected a WARC record here (\"WARC/1.0\"); skipped " +
                                 std::to_string((resume == std::string_view::npos ? text.size() : resume) - next) +
                                 " bytes to the next record");
            if (resume == std::string_view::npos) return;
            at = resume;
            continue;
        }
        Record record;
        record.offset = next;
        const std::size_t end_of_header = header_end(text, next);
        if (end_of_header == std::string_view::npos) {
            on_problem(next, "WARC record header does not end (no blank line); the record was skipped");
            at = next_record_start(text, next + 1);
            if (at == std::string_view::npos) return;
            continue;
        }
        record.fields = parse_fields(text.substr(next, end_of_header - next));
        const auto length_text = record.field("content-length");
        std::size_t length = 0;
        const bool has_length =
            length_text &&
            std::from_chars(length_text->data(), length_text->data() + length_text->size(), length).ec == std::errc{};
        if (!has_length) {
            on_problem(next, "WARC record has no readable Content-Length; the record was skipped");
            at = next_record_start(text, end_of_header);
            if (at == std::string_view::npos) return;
            continue;
        }
        if (length > text.size() - end_of_header) {
            on_problem(next, "truncated WARC record: Content-Length is " + std::to_string(length) +
                                 " bytes, the file ends " + std::to_string(text.size() - end_of_header) +
                                 " bytes into it");
            return;
        }
        record.block_offset = end_of_header;
        record.block = text.substr(end_of_header, length);
        on_record(record);
        at = end_of_header + length;
    }
}

}  // namespace morgue::readers::warc
