#pragma once

#include <morgue/ascii.hpp>  // ascii_iequals: tag and attribute names compare so

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Helpers shared by the readers of SGML-ish news formats (Reuters-21578, TREC newswire).
// They are forgiving scanners, not SGML parsers: tag names match case-insensitively,
// attributes may be quoted or not, and nothing here throws on malformed markup.
namespace morgue::readers::sgml {

// One element found in a text. All positions are byte offsets into the searched text.
struct Element {
    std::string_view start_tag;  // "<TEXT TYPE=\"BRIEF\">", for attribute()
    std::string_view content;    // between the start and the end tag, raw
    std::size_t begin = 0;       // offset of '<' of the start tag
    std::size_t end = 0;         // offset just past the end tag's '>'
};

// Offset of the next start tag `<name ...>` at or after `from`, or npos.
// "<TEXT" does not match "<TEXTS>"; the name is compared case-insensitively.
std::size_t find_start_tag(std::string_view text, std::string_view name, std::size_t from = 0);
// Offset of the next end tag `</name>` at or after `from`, or npos.
std::size_t find_end_tag(std::string_view text, std::string_view name, std::size_t from = 0);

// The first element `name` at or after `from` that has an end tag; nullopt if none.
// Elements of the same name are not nested in these formats, so the first end tag closes it.
std::optional<Element> find_element(std::string_view text, std::string_view name, std::size_t from = 0);
// Every such element, in order, not overlapping.
std::vector<Element> find_elements(std::string_view text, std::string_view name);

// Walks the top-level records of a file (<REUTERS>, <DOC>): calls on_record with each whole
// element, from '<' of its start tag to just before its end tag, and its offset. A record with
// no end tag before the next start tag or the end of the text goes to on_unterminated with
// its offset and a reason instead, and the walk goes on with the next one.
void for_each_record(std::string_view text, std::string_view name,
                     const std::function<void(std::string_view record, std::size_t offset)>& on_record,
                     const std::function<void(std::size_t offset, std::string reason)>& on_unterminated);

// The value of attribute `name` in a start tag ("<REUTERS NEWID=\"7\">" -> "7"), or nullopt.
std::optional<std::string> attribute(std::string_view start_tag, std::string_view name);

// Replaces character references and entities by the characters they stand for: &lt; &amp;
// &#N; &#xN; and the HTML named entities news text uses (&eacute;, &nbsp;, &mdash; ...).
// Control characters, whether referenced (&#3;) or literal, become a space so the words on
// either side stay apart; \n and \t are kept. Unknown entities are left as they are.
std::string decode_entities(std::string_view text);

// Removes tags. <P> and </P> become a blank line (a paragraph break); other tags become a
// space, or nothing at the start of a line so they do not look like an indentation.
std::string strip_tags(std::string_view text);

// Trims and replaces every run of whitespace (newlines included) by one space.
std::string collapse_whitespace(std::string_view text);

// Text of a short field (title, dateline, list entry): tags stripped, entities decoded,
// whitespace collapsed.
std::string inline_text(std::string_view raw);

// Text of an article body with its paragraph structure: a blank line, or a line indented
// by spaces or tabs (the Reuters and AP convention), or a <P> tag starts a paragraph.
// Paragraphs are joined by "\n\n"; lines inside one are joined, whitespace runs collapse.
std::string paragraph_text(std::string_view raw);

// The place in a dateline: "SALVADOR, Feb 26 - " -> "SALVADOR", "PORTLAND, Ore., Feb 26 -"
// -> "PORTLAND, Ore.", "BANGKOK, Thailand (AP) " -> "BANGKOK, Thailand". Input is inline text.
std::string dateline_place(std::string_view dateline);

// Counts lines while a reader moves forward through a text, so that locating each article
// costs only the bytes since the previous one.
class LineCounter {
public:
    explicit LineCounter(std::string_view text) : text_(text) {}
    // 1-based line of `offset`; offsets must not decrease between calls.
    std::size_t line_at(std::size_t offset);

private:
    std::string_view text_;
    std::size_t offset_ = 0;
    std::size_t line_ = 1;
};

}  // namespace morgue::readers::sgml
