#include "readers/xml/xml_records.hpp"

#include <algorithm>
#include <optional>

namespace morgue::readers::xml {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

struct Tag {
    std::size_t begin = 0;    // offset of '<'
    std::size_t end = npos;   // just past '>', npos when the tag is never closed
    std::string_view name;    // qualified, without '/'
    bool closing = false;     // </name>
    bool self_closing = false;  // <name/>
};

// Past the end of `close` searched from `from`, or the end of the text when it never comes.
std::size_t skip_past(std::string_view text, std::size_t from, std::string_view close) {
    const std::size_t at = text.find(close, from);
    return at == npos ? text.size() : at + close.size();
}

// The next start or end tag at or after `from`, skipping comments, CDATA, declarations and
// processing instructions.
std::optional<Tag> next_tag(std::string_view text, std::size_t from) {
    for (std::size_t pos = from; (pos = text.find('<', pos)) != npos;) {
        const std::string_view rest = text.substr(pos);
        if (rest.starts_with("<!--")) {
            pos = skip_past(text, pos + 4, "-->");
        } else if (rest.starts_with("<![CDATA[")) {
            pos = skip_past(text, pos + 9, "]]>");
        } else if (rest.starts_with("<?")) {
            pos = skip_past(text, pos + 2, "?>");
        } else if (rest.starts_with("<!")) {
            pos = skip_past(text, pos + 2, ">");
        } else {
            Tag tag;
            tag.begin = pos;
            std::size_t name_begin = pos + 1;
            if (name_begin < text.size() && text[name_begin] == '/') tag.closing = true, ++name_begin;
            std::size_t name_end = name_begin;
            while (name_end < text.size() && !is_space(text[name_end]) && text[name_end] != '>' && text[name_end] != '/' &&
                   text[name_end] != '<')
                ++name_end;
            if (name_end == name_begin) {
                ++pos;  // a lone '<' in text: not a tag
                continue;
            }
            tag.name = text.substr(name_begin, name_end - name_begin);
            char quote = 0;
            for (std::size_t i = name_end; i < text.size(); ++i) {
                const char c = text[i];
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '<') {
                    break;  // never closed: the next tag starts here
                } else if (c == '>') {
                    tag.end = i + 1;
                    tag.self_closing = text[i - 1] == '/';
                    break;
                }
            }
            return tag;
        }
    }
    return std::nullopt;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), local_name(name)) != names.end();
}

}  // namespace

std::string_view local_name(std::string_view qualified_name) {
    const std::size_t colon = qualified_name.rfind(':');
    return colon == npos ? qualified_name : qualified_name.substr(colon + 1);
}

std::size_t find_start_tag(std::string_view text, std::initializer_list<std::string_view> names, std::size_t from) {
    for (std::optional<Tag> tag = next_tag(text, from); tag; tag = next_tag(text, tag->begin + 1))
        if (!tag->closing && is_one_of(tag->name, names)) return tag->begin;
    return npos;
}

RootTag root_tag(std::string_view text) {
    // Only a BOM, whitespace, the declaration, comments, processing instructions and a DOCTYPE
    // may come before the root: "<rss" quoted further on in other text is no root.
    std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (true) {
        while (pos < text.size() && is_space(text[pos])) ++pos;
        const std::string_view rest = text.substr(pos);
        if (rest.starts_with("<?")) {
            pos = skip_past(text, pos + 2, "?>");
        } else if (rest.starts_with("<!--")) {
            pos = skip_past(text, pos + 4, "-->");
        } else if (rest.starts_with("<!")) {
            const std::size_t subset = text.find('[', pos);
            const std::size_t close = text.find('>', pos);
            pos = subset < close ? skip_past(text, subset, "]>") : skip_past(text, pos + 2, ">");
        } else {
            break;
        }
    }
    if (pos >= text.size() || text[pos] != '<') return {};
    const std::optional<Tag> tag = next_tag(text, pos);
    if (!tag || tag->closing || tag->begin != pos) return {};
    const std::size_t end = tag->end == npos ? text.size() : tag->end;
    return {tag->name, text.substr(tag->begin, end - tag->begin)};
}

void for_each_record(std::string_view text, std::initializer_list<std::string_view> names,
                     const std::function<void(std::string_view record, std::size_t offset)>& on_record,
                     const std::function<void(std::size_t offset, std::string reason)>& on_unterminated) {
    std::optional<Tag> tag = next_tag(text, 0);
    while (tag) {
        if (tag->closing || !is_one_of(tag->name, names)) {
            tag = next_tag(text, tag->begin + 1);
            continue;
        }
        const Tag start = *tag;
        const std::string name(start.name);
        if (start.end == npos) {
            on_unterminated(start.begin, "the start tag <" + name + " is not closed by '>'");
            tag = next_tag(text, start.begin + 1);
            continue;
        }
        if (start.self_closing) {
            on_record(text.substr(start.begin, start.end - start.begin), start.begin);
            tag = next_tag(text, start.end);
            continue;
        }
        tag = next_tag(text, start.end);
        while (tag && tag->name != start.name)
            tag = next_tag(text, tag->begin + 1);
        // A record of another name inside this one is part of it (a NITF document in a NewsML item).
        if (tag && tag->closing && tag->end != npos) {
            on_record(text.substr(start.begin, tag->end - start.begin), start.begin);
            tag = next_tag(text, tag->end);
        } else {
            on_unterminated(start.begin, "<" + name + "> has no end tag </" + name + "> before " +
                                             (tag ? "the next <" + std::string(tag->name) + ">" : "the end of the file"));
            if (tag && tag->closing) tag = next_tag(text, tag->begin + 1);
        }
    }
}

}  // namespace morgue::readers::xml
