#pragma once

#include <string>
#include <string_view>

namespace morgue::readers {

// The text of an HTML fragment, as feeds and NITF/NewsML bodies carry it (an RSS description,
// an Atom content, an XHTML inlineXML): parsed with gumbo as an HTML5 parser would, entities
// decoded, each block element (p, div, li, h1-h6, blockquote, table row, ...) a paragraph of its
// own separated by a blank line, <br> a line break, whitespace inside a paragraph collapsed to one
// space; script, style and other non-text elements dropped. Text with no markup at all keeps its
// blank-line paragraphs. Never throws for bad markup. Only for fragments: a whole page with its
// boilerplate is the HTML page reader's job.
std::string html_fragment_text(std::string_view html);

}  // namespace morgue::readers
