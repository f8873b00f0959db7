#include "readers/mail_detection.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace morgue::readers {
namespace {

constexpr std::array<std::string_view, 28> kKnownFields{
    "from",       "subject",     "date",        "newsgroups",  "message-id",   "path",     "xref",
    "to",         "cc",          "references",  "in-reply-to", "reply-to",     "sender",   "organization",
    "lines",      "mime-version", "content-type", "return-path", "received",   "list-id",  "x-mailer",
    "user-agent", "followup-to", "keywords",    "summary",     "nntp-posting-host", "approved", "article-i.d.",
};

constexpr std::size_t kKnownFieldsNeeded = 2;
constexpr std::size_t kMaxFieldNameLength = 76;  // RFC 5322: a whole line is at most 78 characters

bool ascii_iequals(std::string_view a, std::string_view lower) {
    return a.size() == lower.size() && std::equal(a.begin(), a.end(), lower.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == y;
           });
}

// The name of a "Name: value" header line, or empty when the line is not one. RFC 5322 allows any
// printable ASCII but ':' in a name; spaces are not allowed, so "Dear John: hi" is not a field.
std::string_view field_name(std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > kMaxFieldNameLength) return {};
    const std::string_view name = line.substr(0, colon);
    const bool printable = std::all_of(name.begin(), name.end(), [](char c) { return c > ' ' && c < 127; });
    return printable ? name : std::string_view{};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_known_field(std::string_view name) {
    return std::any_of(kKnownFields.begin(), kKnownFields.end(),
                       [name](std::string_view known) { return ascii_iequals(name, known); });
}

// The line starting at `pos` without its "\n" or "\r\n"; `pos` moves past it. `complete` is false
// for a last line that the end of the text cut off.
std::string_view next_line(std::string_view text, std::size_t& pos, bool& complete) {
    const std::size_t end = text.find('\n', pos);
    complete = end != std::string_view::npos;
    std::string_view line = text.substr(pos, (complete ? end : text.size()) - pos);
    pos = complete ? end + 1 : text.size();
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

bool is_header_block(std::string_view text, std::size_t pos) {
    std::size_t known = 0;
    bool first = true;
    while (pos < text.size()) {
        bool complete = false;
        const std::string_view line = next_line(text, pos, complete);
        if (line.empty()) break;  // the blank line that ends the header block
        const bool continuation = line[0] == ' ' || line[0] == '\t';
        if (continuation && !first) continue;
        const std::string_view name = field_name(line);
        if (name.empty()) {
            if (!complete) break;  // the end of the head cut this line short
            return false;
        }
        if (is_known_field(name)) ++known;
        first = false;
    }
    return known >= kKnownFieldsNeeded;
}

}  // namespace

bool is_header_field_line(std::string_view line) { return !field_name(line).empty(); }

bool is_mbox_separator(std::string_view line) {
    if (!line.starts_with("From ")) return false;
    const std::string_view rest = line.substr(5);
    const std::size_t sender_end = rest.find(' ');
    if (sender_end == 0 || sender_end == std::string_view::npos) return false;
    // The date an mbox writer puts after the sender ("Mon Apr  5 10:00:00 1993", sometimes with a
    // zone) always has a clock and a four-digit year; "From here on, 5 ..." in a body has not.
    bool clock = false;
    bool year = false;
    for (std::size_t pos = sender_end; pos < rest.size();) {
        const std::size_t end = std::min(rest.find(' ', pos), rest.size());
        const std::string_view word = rest.substr(pos, end - pos);
        const bool digits = !word.empty() && std::all_of(word.begin(), word.end(), is_digit);
        year = year || (digits && word.size() == 4);
        const std::size_t colon = word.find(':');
        clock = clock || (colon >= 1 && colon <= 2 && colon != std::string_view::npos && word.size() >= colon + 3 &&
                          std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(colon), is_digit));
        pos = end + 1;
    }
    return clock && year;
}

bool looks_like_mail(std::string_view head) {
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    std::size_t pos = 0;
    bool complete = false;
    const std::string_view first_line = next_line(head, pos, complete);
    if (complete && is_mbox_separator(first_line)) return is_header_block(head, pos);
    return is_header_block(head, 0);
}

}  // namespace morgue::readers
