#include "readers/sgml_text.hpp"

#include <morgue/ascii.hpp>

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace morgue::readers::sgml {

namespace {

constexpr auto npos = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

// True when `text` has `name` at `pos`, ending there (followed by whitespace, '>', '/' or the end).
bool name_at(std::string_view text, std::size_t pos, std::string_view name) {
    if (pos + name.size() > text.size() || !ascii_iequals(text.substr(pos, name.size()), name)) return false;
    const std::size_t after = pos + name.size();
    return after == text.size() || is_space(text[after]) || text[after] == '>' || text[after] == '/';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

void append_utf8(std::string& out, char32_t code_point) {
    std::array<std::uint8_t, U8_MAX_LENGTH> buffer{};
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer.data(), length, U8_MAX_LENGTH, code_point, error);
    if (!error) out.append(buffer.begin(), buffer.begin() + length);
}

bool is_control(char32_t c) { return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c < 0xA0); }
// A literal control byte; bytes 0x80-0x9F are not tested here, they are UTF-8 continuation bytes.
bool is_control_byte(unsigned char c) { return c < 0x80 && is_control(c); }

// Numeric references to 0x80-0x9F mean the windows-1252 character, as HTML5 reads them.
char32_t from_windows_1252(char32_t c) {
    constexpr std::array<char32_t, 32> kTable{
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    if (c < 0x80 || c >= 0xA0 || kTable[c - 0x80] == 0) return c;
    return kTable[c - 0x80];
}

struct NamedEntity {
    std::string_view name;
    char32_t code_point;
};

// The named entities news text uses; &nbsp; is read as a plain space, which is what search wants.
constexpr std::array<NamedEntity, 98> kNamedEntities{{
    {"lt", '<'},        {"gt", '>'},        {"amp", '&'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", ' '},      {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},  {"deg", 0xB0},
    {"plusmn", 0xB1},   {"middot", 0xB7},   {"frac14", 0xBC},   {"frac12", 0xBD},   {"frac34", 0xBE},
    {"laquo", 0xAB},    {"raquo", 0xBB},    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"sbquo", 0x201A},  {"bdquo", 0x201E},  {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"bull", 0x2022},   {"dagger", 0x2020}, {"cent", 0xA2},     {"pound", 0xA3},
    {"yen", 0xA5},      {"euro", 0x20AC},   {"curren", 0xA4},   {"sect", 0xA7},     {"para", 0xB6},
    {"times", 0xD7},    {"divide", 0xF7},   {"iexcl", 0xA1},    {"iquest", 0xBF},   {"shy", 0xAD},
    {"ordf", 0xAA},     {"ordm", 0xBA},     {"sup2", 0xB2},     {"sup3", 0xB3},     {"micro", 0xB5},
    {"Agrave", 0xC0},   {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Atilde", 0xC3},   {"Auml", 0xC4},
    {"Aring", 0xC5},    {"AElig", 0xC6},    {"Ccedil", 0xC7},   {"Egrave", 0xC8},   {"Eacute", 0xC9},
    {"Ecirc", 0xCA},    {"Euml", 0xCB},     {"Igrave", 0xCC},   {"Iacute", 0xCD},   {"Icirc", 0xCE},
    {"Iuml", 0xCF},     {"Ntilde", 0xD1},   {"Ograve", 0xD2},   {"Oacute", 0xD3},   {"Ocirc", 0xD4},
    {"Otilde", 0xD5},   {"Ouml", 0xD6},     {"Oslash", 0xD8},   {"Ugrave", 0xD9},   {"Uacute", 0xDA},
    {"Ucirc", 0xDB},    {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"szlig", 0xDF},    {"agrave", 0xE0},
    {"aacute", 0xE1},   {"acirc", 0xE2},    {"atilde", 0xE3},   {"auml", 0xE4},     {"aring", 0xE5},
    {"aelig", 0xE6},    {"ccedil", 0xE7},   {"egrave", 0xE8},   {"eacute", 0xE9},   {"ecirc", 0xEA},
    {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},   {"icirc", 0xEE},    {"iuml", 0xEF},
    {"ntilde", 0xF1},   {"ograve", 0xF2},   {"oacute", 0xF3},   {"ocirc", 0xF4},    {"otilde", 0xF5},
    {"ouml", 0xF6},     {"oslash", 0xF8},   {"ugrave", 0xF9},
}};

std::optional<char32_t> named_entity(std::string_view name) {
    for (const NamedEntity& entity : kNamedEntities) {
        if (entity.name == name) return entity.code_point;
    }
    // Some files write the basic ones in capitals (&AMP;, &LT;).
    for (std::string_view basic : {"lt", "gt", "amp", "quot"}) {
        if (ascii_iequals(name, basic)) return named_entity(basic);
    }
    return std::nullopt;
}

std::optional<char32_t> numeric_reference(std::string_view digits) {
    const bool hex = !digits.empty() && (digits.front() == 'x' || digits.front() == 'X');
    if (hex) digits.remove_prefix(1);
    if (digits.empty() || digits.size() > 8) return std::nullopt;
    std::uint32_t value = 0;
    for (char c : digits) {
        std::uint32_t digit = 0;
        if (is_digit(c)) {
            digit = static_cast<std::uint32_t>(c - '0');
        } else if (hex && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f') {
            digit = static_cast<std::uint32_t>(ascii_lower(c) - 'a' + 10);
        } else {
            return std::nullopt;
        }
        value = value * (hex ? 16U : 10U) + digit;
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
    return from_windows_1252(value);
}

// The character an entity or reference `&...;` at text[pos] stands for, and its length.
std::optional<std::pair<char32_t, std::size_t>> entity_at(std::string_view text, std::size_t pos) {
    constexpr std::size_t kMaxEntityLength = 12;
    const std::size_t semicolon = text.find(';', pos + 1);
    if (semicolon == npos || semicolon - pos > kMaxEntityLength) return std::nullopt;
    const std::string_view name = text.substr(pos + 1, semicolon - pos - 1);
    if (name.empty() || !std::all_of(name.begin() + (name.front() == '#' ? 1 : 0), name.end(), is_alnum)) {
        return std::nullopt;
    }
    const std::optional<char32_t> c =
        name.front() == '#' ? numeric_reference(name.substr(1)) : named_entity(name);
    if (!c) return std::nullopt;
    return std::pair{*c, semicolon - pos + 1};
}

// Appends the words of `text` separated by single spaces, with a space before them if
// `out` already holds text.
void append_collapsed(std::string& out, std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && is_space(text[pos])) ++pos;
        if (pos == text.size()) break;
        const std::size_t word_end = std::min(text.size(), static_cast<std::size_t>(
            std::find_if(text.begin() + static_cast<std::ptrdiff_t>(pos), text.end(), is_space) - text.begin()));
        if (!out.empty()) out += ' ';
        out.append(text, pos, word_end - pos);
        pos = word_end;
    }
}

bool is_paragraph_tag(std::string_view tag) {
    std::string_view name = tag.substr(1);  // past '<'
    if (!name.empty() && name.front() == '/') name.remove_prefix(1);
    return name_at(name, 0, "p");
}

bool is_month_word(std::string_view word) {
    constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",
                                                       "may",     "june",     "july",      "august",
                                                       "september", "october", "november", "december"};
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.size() < 3) return false;
    return std::any_of(kMonths.begin(), kMonths.end(), [word](std::string_view month) {
        return word.size() <= month.size() && ascii_iequals(month.substr(0, word.size()), word);
    });
}

// "Feb 26", "March", "13", "MAR8", "Reuter" or nothing: what ends a dateline after the place.
bool is_date_fragment(std::string_view part) {
    part = trim(part);
    if (part.empty() || ascii_iequals(part, "reuter") || ascii_iequals(part, "reuters")) return true;
    const std::size_t letters = static_cast<std::size_t>(
        std::find_if_not(part.begin(), part.end(), [](char c) { return is_alpha(c) || c == '.'; }) - part.begin());
    if (letters > 0 && !is_month_word(part.substr(0, letters))) return false;
    const std::string_view rest = part.substr(letters);
    return std::all_of(rest.begin(), rest.end(), [](char c) { return is_digit(c) || is_space(c); });
}

}  // namespace

std::size_t find_start_tag(std::string_view text, std::string_view name, std::size_t from) {
    for (std::size_t pos = text.find('<', from); pos != npos; pos = text.find('<', pos + 1)) {
        if (name_at(text, pos + 1, name)) return pos;
    }
    return npos;
}

std::size_t find_end_tag(std::string_view text, std::string_view name, std::size_t from) {
    for (std::size_t pos = text.find("</", from); pos != npos; pos = text.find("</", pos + 2)) {
        if (!name_at(text, pos + 2, name)) continue;
        std::size_t after = pos + 2 + name.size();
        while (after < text.size() && is_space(text[after])) ++after;
        if (after < text.size() && text[after] == '>') return pos;
    }
    return npos;
}

std::optional<Element> find_element(std::string_view text, std::string_view name, std::size_t from) {
    const std::size_t begin = find_start_tag(text, name, from);
    if (begin == npos) return std::nullopt;
    const std::size_t start_tag_end = text.find('>', begin);
    if (start_tag_end == npos) return std::nullopt;
    const std::size_t end_tag = find_end_tag(text, name, start_tag_end + 1);
    if (end_tag == npos) return std::nullopt;
    const std::size_t end = text.find('>', end_tag) + 1;
    return Element{text.substr(begin, start_tag_end + 1 - begin),
                   text.substr(start_tag_end + 1, end_tag - start_tag_end - 1), begin, end};
}

std::vector<Element> find_elements(std::string_view text, std::string_view name) {
    std::vector<Element> elements;
    for (auto element = find_element(text, name); element; element = find_element(text, name, element->end)) {
        elements.push_back(*element);
    }
    return elements;
}

void for_each_record(std::string_view text, std::string_view name,
                     const std::function<void(std::string_view record, std::size_t offset)>& on_record,
                     const std::function<void(std::size_t offset, std::string reason)>& on_unterminated) {
    for (std::size_t begin = find_start_tag(text, name); begin != npos;) {
        const std::size_t next = find_start_tag(text, name, begin + 1);
        // Only up to the next start tag: an end tag after it belongs to that record.
        const std::size_t end_tag = find_end_tag(text.substr(0, next), name, begin);
        if (end_tag == npos) {
            const std::string tag(name);
            const std::string where = next == npos ? "the end of the file" : "the next <" + tag + ">";
            on_unterminated(begin, "<" + tag + "> element has no </" + tag + "> before " + where + ": skipped");
        } else {
            on_record(text.substr(begin, end_tag - begin), begin);
        }
        begin = next;
    }
}

std::optional<std::string> attribute(std::string_view start_tag, std::string_view name) {
    std::size_t pos = 1;  // past '<'
    while (pos < start_tag.size() && !is_space(start_tag[pos]) && start_tag[pos] != '>') ++pos;  // element name
    while (pos < start_tag.size()) {
        while (pos < start_tag.size() && is_space(start_tag[pos])) ++pos;
        const std::size_t name_begin = pos;
        while (pos < start_tag.size() && !is_space(start_tag[pos]) && start_tag[pos] != '=' && start_tag[pos] != '>') ++pos;
        if (pos == name_begin) break;
        const std::string_view attribute_name = start_tag.substr(name_begin, pos - name_begin);
        while (pos < start_tag.size() && is_space(start_tag[pos])) ++pos;
        std::string_view value;
        if (pos < start_tag.size() && start_tag[pos] == '=') {
            ++pos;
            while (pos < start_tag.size() && is_space(start_tag[pos])) ++pos;
            const bool quoted = pos < start_tag.size() && (start_tag[pos] == '"' || start_tag[pos] == '\'');
            const std::size_t value_begin = quoted ? pos + 1 : pos;
            const std::size_t value_end = quoted ? start_tag.find(start_tag[pos], value_begin)
                                                 : start_tag.find_first_of(" \t\r\n>", value_begin);
            value = start_tag.substr(value_begin, std::min(value_end, start_tag.size()) - value_begin);
            pos = value_end == npos ? start_tag.size() : value_end + (quoted ? 1 : 0);
        }
        if (ascii_iequals(attribute_name, name)) return decode_entities(value);
    }
    return std::nullopt;
}

std::string decode_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto is_special = [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return c == '&' || is_control_byte(byte) || byte == 0xC2;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const auto special = std::find_if(text.begin() + static_cast<std::ptrdiff_t>(pos), text.end(), is_special);
        const auto run_end = static_cast<std::size_t>(special - text.begin());
        out.append(text, pos, run_end - pos);
        pos = run_end;
        if (pos == text.size()) break;
        if (text[pos] == '&') {
            if (const auto entity = entity_at(text, pos)) {
                if (is_control(entity->first)) {
                    out += ' ';
                } else {
                    append_utf8(out, entity->first);
                }
                pos += entity->second;
            } else {
                out += text[pos++];
            }
        } else if (text[pos] != '\xC2') {
            out += ' ';  // a literal control character
            ++pos;
        } else if (pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) < 0xA0) {
            out += ' ';  // U+0080..U+009F written as UTF-8
            pos += 2;
        } else {
            out += text[pos++];
        }
    }
    return out;
}

std::string strip_tags(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t open = std::min(text.find('<', pos), text.size());
        out.append(text, pos, open - pos);
        pos = open;
        if (pos == text.size()) break;
        const bool tag_start = pos + 1 < text.size() &&
                               (is_alpha(text[pos + 1]) || text[pos + 1] == '/' || text[pos + 1] == '!');
        const std::size_t close = tag_start ? text.find('>', pos) : npos;
        if (close == npos) {
            out += text[pos++];
            continue;
        }
        if (is_paragraph_tag(text.substr(pos, close - pos))) {
            out += "\n\n";
        } else if (!out.empty() && out.back() != '\n') {
            out += ' ';
        }
        pos = close + 1;
    }
    return out;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    append_collapsed(out, text);
    return out;
}

std::string inline_text(std::string_view raw) { return collapse_whitespace(decode_entities(strip_tags(raw))); }

std::string paragraph_text(std::string_view raw) {
    const std::string text = decode_entities(strip_tags(raw));
    std::string out;
    std::string paragraph;
    const auto flush = [&] {
        if (paragraph.empty()) return;
        if (!out.empty()) out += "\n\n";
        out += paragraph;
        paragraph.clear();
    };
    for (std::size_t pos = 0; pos <= text.size();) {
        const std::size_t newline = std::min(text.find('\n', pos), text.size());
        const std::string_view line = std::string_view(text).substr(pos, newline - pos);
        const bool indented = !line.empty() && (line.front() == ' ' || line.front() == '\t');
        if (indented || trim(line).empty()) flush();
        append_collapsed(paragraph, line);
        pos = newline + 1;
    }
    flush();
    return out;
}

std::string dateline_place(std::string_view dateline) {
    std::string_view place = trim(dateline);
    while (!place.empty() && (place.back() == '-' || place.back() == '_' || is_space(place.back()))) {
        place.remove_suffix(1);
    }
    if (!place.empty() && place.back() == ')') {
        const std::size_t open = place.rfind('(');
        if (open != npos) place = trim(place.substr(0, open));
    }
    while (!place.empty()) {
        const std::size_t comma = place.rfind(',');
        const std::string_view last = comma == npos ? place : place.substr(comma + 1);
        if (!is_date_fragment(last)) break;
        place = comma == npos ? std::string_view{} : trim(place.substr(0, comma));
    }
    return collapse_whitespace(place);
}

std::size_t LineCounter::line_at(std::size_t offset) {
    offset = std::clamp(offset, offset_, text_.size());
    line_ += static_cast<std::size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(offset_),
                                                 text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    offset_ = offset;
    return line_;
}

}  // namespace morgue::readers::sgml
