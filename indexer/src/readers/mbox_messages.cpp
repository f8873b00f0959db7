#include "readers/mbox_messages.hpp"

#include "readers/mail_detection.hpp"

namespace morgue::readers {
namespace {

struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;   // before "\r\n" or "\n"
    std::size_t next = 0;  // start of the following line
};

Line line_at(std::string_view text, std::size_t begin) {
    const std::size_t newline = text.find('\n', begin);
    Line line{begin, newline == std::string_view::npos ? text.size() : newline,
              newline == std::string_view::npos ? text.size() : newline + 1};
    if (line.end > line.begin && text[line.end - 1] == '\r') --line.end;
    return line;
}

std::string_view text_of(std::string_view text, const Line& line) { return text.substr(line.begin, line.end - line.begin); }

bool is_separator(std::string_view text, const Line& line, bool after_blank_line) {
    if (!is_mbox_separator(text_of(text, line))) return false;
    return after_blank_line || line.begin == 0 || is_header_field_line(text_of(text, line_at(text, line.next)));
}

}  // namespace

void for_each_mbox_message(std::string_view text, const std::function<void(const MboxMessage&)>& message) {
    MboxMessage current;
    bool started = false;
    bool after_blank_line = false;
    std::size_t blank_line_begin = 0;  // where the blank line before a separator begins
    for (std::size_t pos = 0; pos < text.size();) {
        const Line line = line_at(text, pos);
        if (is_separator(text, line, after_blank_line)) {
            current.end = after_blank_line ? blank_line_begin : line.begin;
            if (started || current.end > 0) message(current);
            current = MboxMessage{line.begin, line.next, 0, text_of(text, line)};
            started = true;
        }
        after_blank_line = line.end == line.begin;
        if (after_blank_line) blank_line_begin = line.begin;
        pos = line.next;
    }
    current.end = text.size();
    if (started || current.end > 0) message(current);
}

}  // namespace morgue::readers
