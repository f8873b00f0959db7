#pragma once

#include "readers/text_spaces.hpp"  // collapse_whitespace, for the text of elements

#include <morgue/ascii.hpp>

#include <gumbo.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

// A parsed HTML page (gumbo, the HTML5 parsing algorithm browsers use) and the few questions the
// metadata and boilerplate code ask of its nodes. Gumbo never fails on bad markup: whatever bytes
// it is given become a tree.
namespace morgue::readers::html {

class HtmlDocument {
public:
    // Parses `html`, which must outlive the document (gumbo's nodes point into it).
    explicit HtmlDocument(std::string_view html);
    const GumboNode* root() const { return output_->root; }

private:
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output_;
};

// The deepest nesting of elements `html` could produce, estimated from its tags without parsing
// (void and self-closing elements do not nest). Gumbo frees its tree recursively, so a page nested
// hundreds of thousands deep would exhaust the stack: such pages are refused before parsing.
std::size_t estimated_nesting(std::string_view html);
constexpr std::size_t kMaxNesting = 20000;

bool is_element(const GumboNode* node, GumboTag tag);
// Phrasing elements (<a>, <em>, <span>...), which run inside a line of text rather than start a block.
bool is_inline(GumboTag tag);
// The attribute's value, or nullopt when the element does not have it.
std::optional<std::string_view> attribute(const GumboNode* node, const char* name);
// True if the attribute's value, split at spaces, holds `word` (case-insensitive): rel="author me".
bool attribute_has_word(const GumboNode* node, const char* name, std::string_view word);
// Byte offset of the node's start tag (or text) in the parsed input.
std::size_t source_offset(const GumboNode* node);

// All text below `node` (scripts and styles left out), whitespace collapsed to single spaces.
std::string inline_text(const GumboNode* node);
// The raw text content of a <script> or <style> element.
std::string raw_text(const GumboNode* node);

// Calls `visit` for `node` and every element below it in document order, without recursion
// (a page may nest thousands deep). `visit` returns false to skip the element's children.
void for_each_element(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit);

}  // namespace morgue::readers::html
