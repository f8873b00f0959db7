#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Reading news XML with pugixml, which keeps prefixes as written and does not resolve namespaces:
// elements are found by local name ("dc:creator" is a "creator"), as feeds mix prefixes freely.
namespace morgue::readers::xml {

// One record parsed on its own; on failure `error` says what is wrong and where.
struct ParsedRecord {
    std::unique_ptr<pugi::xml_document> document = std::make_unique<pugi::xml_document>();
    struct Error {
        std::size_t offset;  // into the record
        std::string reason;  // "malformed XML: Start-end tags mismatch"
    };
    std::optional<Error> error;

    pugi::xml_node root() const { return document->document_element(); }
};
// The record is UTF-8 (readers get repaired text) whatever its XML declaration says.
ParsedRecord parse_record(std::string_view record);
// What can be parsed of an unfinished document (the part of a feed before its first item):
// the tree up to the first error, which is not reported.
ParsedRecord parse_prefix(std::string_view text);

// Local-name lookups among element children.
pugi::xml_node child(pugi::xml_node node, std::string_view local_name);
std::vector<pugi::xml_node> children(pugi::xml_node node, std::string_view local_name);
// The first of the elements named at `path` ("contentMeta/headline"), or an empty node.
pugi::xml_node descendant(pugi::xml_node node, std::string_view path);

// Every text and CDATA inside the node, in document order.
std::string all_text(pugi::xml_node node);
// all_text with whitespace runs collapsed to one space and trimmed: a title, a name, a date.
std::string inline_text(pugi::xml_node node);
// The markup of the node's children, as written: an XHTML body for html_fragment_text.
std::string inner_xml(pugi::xml_node node);
// Trims and collapses whitespace runs to one space.
std::string collapse_whitespace(std::string_view text);

}  // namespace morgue::readers::xml
