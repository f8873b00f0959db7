#include "prose_sniffer.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace morgue {
namespace {

// A line is prose when at least this share of its visible characters are letters, and it has
// this many words (or CJK characters, which are written without spaces).
constexpr double kProseLetterShare = 0.7;
constexpr std::size_t kProseLineWords = 4;
constexpr std::size_t kProseLineCjk = 8;
constexpr std::size_t kLongestWord = 30;  // letters in a word; hashes and base64 are longer
// A text is prose when this share of its visible characters are in prose lines and it has
// at least one sentence end.
constexpr double kProseTextShare = 0.4;
constexpr std::size_t kShownLineChars = 60;

bool is_cjk(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL;
}

struct LineShape {
    std::size_t visible = 0;  // characters other than spaces
    std::size_t letters = 0;
    std::size_t words = 0;
    std::size_t cjk = 0;
    std::size_t longest_word = 0;
    std::size_t sentence_ends = 0;

    bool prose() const {
        const bool wordy = (words >= kProseLineWords && longest_word <= kLongestWord) || cjk >= kProseLineCjk;
        return visible > 0 && wordy && static_cast<double>(letters) >= kProseLetterShare * static_cast<double>(visible);
    }
};

bool ends_sentence(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F; }

LineShape shape_of(std::string_view line) {
    LineShape shape;
    const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
    const auto length = static_cast<int32_t>(line.size());
    std::size_t word_letters = 0;
    bool in_word = false;
    UChar32 previous = ' ';
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) c = 0xFFFD;
        const bool space = u_isUWhiteSpace(c);
        if (ends_sentence(previous) && (space || c == '"' || c == 0x201D) && !u_isdigit(c)) ++shape.sentence_ends;
        previous = c;
        if (space) {
            in_word = false;
            word_letters = 0;
            continue;
        }
        ++shape.visible;
        if (!in_word) ++shape.words;
        in_word = true;
        if (u_isalpha(c)) {
            ++shape.letters;
            if (is_cjk(c)) ++shape.cjk;
            else shape.longest_word = std::max(shape.longest_word, ++word_letters);
        } else if (!u_ispunct(c)) {
            word_letters += 1;  // digits and symbols inside a token ("e3b0c442") make it one long word
            shape.longest_word = std::max(shape.longest_word, word_letters);
        }
    }
    if (ends_sentence(previous)) ++shape.sentence_ends;
    return shape;
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t\f") != std::string_view::npos) lines.push_back(line);
        pos = end + 1;
    }
    return lines;
}

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "e3b0c44298fc1c14...  file.txt": a hash of 32 or more hex digits, then a space.
bool checksum_line(std::string_view line) {
    const std::size_t hex = static_cast<std::size_t>(std::find_if_not(line.begin(), line.end(), is_hex_digit) - line.begin());
    return hex >= 32 && hex < line.size() && line[hex] == ' ';
}

// "2024-03-01 12:00:00 ...", "[12:00:01] ...", "Mar  1 12:00:00 host ...": a time near the start.
bool log_line(std::string_view line) {
    const std::string_view start = line.substr(0, 32);
    for (std::size_t i = 0; i + 8 <= start.size(); ++i) {
        const std::string_view t = start.substr(i, 8);
        if (is_digit(t[0]) && is_digit(t[1]) && t[2] == ':' && is_digit(t[3]) && is_digit(t[4]) && t[5] == ':' &&
            is_digit(t[6]) && is_digit(t[7]))
            return true;
    }
    return false;
}

bool numbers_line(std::string_view line) {
    const auto digits = std::count_if(line.begin(), line.end(), is_digit);
    const auto letters = std::count_if(line.begin(), line.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    return digits > 0 && digits >= 2 * letters;
}

// The share of lines for which `test` holds.
template <typename Test>
double share(const std::vector<std::string_view>& lines, Test test) {
    if (lines.empty()) return 0;
    return static_cast<double>(std::count_if(lines.begin(), lines.end(), test)) / static_cast<double>(lines.size());
}

// The first line, cut at a character boundary.
std::string shown_line(std::string_view line) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
    const auto length = static_cast<int32_t>(line.size());
    int32_t end = 0;
    for (std::size_t chars = 0; end < length && chars < kShownLineChars; ++chars) U8_FWD_1(bytes, end, length);
    std::string shown(line.substr(0, static_cast<std::size_t>(end)));
    for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return end < length ? shown + "…" : shown;
}

}  // namespace

bool looks_like_prose(std::string_view head) {
    const std::vector<std::string_view> lines = lines_of(head);
    // Log messages and file lists can be sentences; their lines' shape says what they are.
    if (share(lines, checksum_line) > 0.5 || share(lines, log_line) > 0.5) return false;
    std::size_t visible = 0, in_prose = 0, sentence_ends = 0;
    for (const std::string_view line : lines) {
        const LineShape shape = shape_of(line);
        visible += shape.visible;
        if (!shape.prose()) continue;
        in_prose += shape.visible;
        sentence_ends += shape.sentence_ends;
    }
    return sentence_ends > 0 && static_cast<double>(in_prose) >= kProseTextShare * static_cast<double>(visible);
}

std::string describe_text_shape(std::string_view head) {
    const std::vector<std::string_view> lines = lines_of(head);
    if (lines.empty()) return "the file holds no text";
    std::string guess;
    if (share(lines, checksum_line) > 0.5) guess = " (a checksum list?)";
    else if (share(lines, log_line) > 0.5) guess = " (a log?)";
    else if (share(lines, numbers_line) > 0.5) guess = " (a table of numbers?)";
    else guess = " (no sentences of words in lines of text)";
    return "first line looks like `" + shown_line(lines.front()) + "`" + guess;
}

}  // namespace morgue
