#include "readers/html/html_document.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace morgue::readers::html {

bool is_inline(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_A:
        case GUMBO_TAG_ABBR:
        case GUMBO_TAG_B:
        case GUMBO_TAG_BDI:
        case GUMBO_TAG_BDO:
        case GUMBO_TAG_CITE:
        case GUMBO_TAG_CODE:
        case GUMBO_TAG_DATA:
        case GUMBO_TAG_DFN:
        case GUMBO_TAG_EM:
        case GUMBO_TAG_I:
        case GUMBO_TAG_KBD:
        case GUMBO_TAG_MARK:
        case GUMBO_TAG_Q:
        case GUMBO_TAG_S:
        case GUMBO_TAG_SAMP:
        case GUMBO_TAG_SMALL:
        case GUMBO_TAG_SPAN:
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_SUB:
        case GUMBO_TAG_SUP:
        case GUMBO_TAG_TIME:
        case GUMBO_TAG_U:
        case GUMBO_TAG_VAR:
        case GUMBO_TAG_FONT:
        case GUMBO_TAG_STRIKE:
        case GUMBO_TAG_BIG:
        case GUMBO_TAG_TT:
        case GUMBO_TAG_INS:
        case GUMBO_TAG_DEL:
        case GUMBO_TAG_LABEL:
        case GUMBO_TAG_NOBR:
        case GUMBO_TAG_RUBY:
        case GUMBO_TAG_RT:
        case GUMBO_TAG_RP:
            return true;
        default:
            return false;
    }
}

namespace {

void destroy_output(GumboOutput* output) {
    if (output) gumbo_destroy_output(&kGumboDefaultOptions, output);
}

GumboOutput* parse(std::string_view html) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100;  // parse errors are not reported; don't keep one per broken tag
    return gumbo_parse_with_options(&options, html.data(), html.size());
}

constexpr std::size_t kMaxTagBytes = 4096;

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// Elements that never hold others, or that the HTML5 parser closes by itself when the next one opens.
bool does_not_nest(std::string_view name) {
    static constexpr std::array<std::string_view, 24> kNames{
        "area",  "base", "br", "col", "embed", "hr", "img",    "input", "link", "meta", "param", "source",
        "track", "wbr",  "p",  "li",  "dt",    "dd", "option", "tr",    "td",   "th",   "!--",   "!doctype"};
    return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

void append_text(const GumboNode* node, std::string& out) {
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE ||
            current->type == GUMBO_NODE_CDATA) {
            out += current->v.text.text;
            continue;
        }
        if (current->type != GUMBO_NODE_ELEMENT && current->type != GUMBO_NODE_TEMPLATE) continue;
        const GumboTag tag = current->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) continue;
        if (tag == GUMBO_TAG_BR) out += ' ';
        const GumboVector& children = current->v.element.children;
        for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
        // Block elements and cells stay apart as words: "<td>a</td><td>b</td>" is "a b".
        if (!is_inline(tag)) out += ' ';
    }
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) : output_(parse(html), &destroy_output) {}

std::size_t estimated_nesting(std::string_view html) {
    std::size_t depth = 0;
    std::size_t deepest = 0;
    for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        const bool closing = at + 1 < html.size() && html[at + 1] == '/';
        std::size_t name_end = at + 1 + (closing ? 1 : 0);
        const std::size_t name_start = name_end;
        while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
        if (name_end == name_start) continue;
        const std::string name = ascii_lower(html.substr(name_start, name_end - name_start));
        if (does_not_nest(name)) continue;
        if (closing) {
            depth -= depth > 0 ? 1 : 0;
            continue;
        }
        // A tag's end is near its name; looking further would make "<a<a<a..." quadratic.
        const std::size_t close = html.substr(0, name_end + kMaxTagBytes).find('>', name_end);
        if (close != std::string_view::npos && html[close - 1] == '/') continue;  // <svg ... />
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

bool is_element(const GumboNode* node, GumboTag tag) {
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::optional<std::string_view> attribute(const GumboNode* node, const char* name) {
    if (!node || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)) return std::nullopt;
    const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
    if (!found) return std::nullopt;
    return std::string_view(found->value);
}

bool attribute_has_word(const GumboNode* node, const char* name, std::string_view word) {
    const auto value = attribute(node, name);
    if (!value) return false;
    const std::string lower = ascii_lower(*value);
    std::size_t start = 0;
    while (start < lower.size()) {
        std::size_t end = lower.find_first_of(" \t\r\n", start);
        if (end == std::string::npos) end = lower.size();
        if (std::string_view(lower).substr(start, end - start) == word) return true;
        start = end + 1;
    }
    return false;
}

std::size_t source_offset(const GumboNode* node) {
    if (!node) return 0;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return node->v.element.start_pos.offset;
    if (node->type == GUMBO_NODE_DOCUMENT) return 0;
    return node->v.text.start_pos.offset;
}

std::string inline_text(const GumboNode* node) {
    std::string out;
    append_text(node, out);
    return collapse_whitespace(out);
}

std::string raw_text(const GumboNode* node) {
    std::string out;
    if (!node || node->type != GUMBO_NODE_ELEMENT) return out;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
            out += child->v.text.text;
    }
    return out;
}

void for_each_element(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit) {
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* current = stack.back();
        stack.pop_back();
        const bool element = current->type == GUMBO_NODE_ELEMENT || current->type == GUMBO_NODE_TEMPLATE;
        if (current->type == GUMBO_NODE_DOCUMENT) {
            const GumboVector& children = current->v.document.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.push_back(static_cast<const GumboNode*>(children.data[i]));
            continue;
        }
        if (!element || !visit(current)) continue;
        const GumboVector& children = current->v.element.children;
        for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
}

}  // namespace morgue::readers::html
