#include "readers/xml/xml_node_text.hpp"

#include "readers/xml/xml_records.hpp"

#include <algorithm>
#include <sstream>

namespace morgue::readers::xml {
namespace {

constexpr unsigned kParseOptions = pugi::parse_default;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool named(pugi::xml_node node, std::string_view wanted) {
    return node.type() == pugi::node_element && local_name(node.name()) == wanted;
}

ParsedRecord parse(std::string_view text) {
    ParsedRecord parsed;
    const pugi::xml_parse_result result =
        parsed.document->load_buffer(text.data(), text.size(), kParseOptions, pugi::encoding_utf8);
    if (!result)
        parsed.error = ParsedRecord::Error{static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset)),
                                           std::string("malformed XML: ") + result.description()};
    return parsed;
}

}  // namespace

ParsedRecord parse_record(std::string_view record) { return parse(record); }

ParsedRecord parse_prefix(std::string_view text) {
    ParsedRecord parsed = parse(text);
    parsed.error.reset();
    return parsed;
}

pugi::xml_node child(pugi::xml_node node, std::string_view local) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (named(c, local)) return c;
    return {};
}

std::vector<pugi::xml_node> children(pugi::xml_node node, std::string_view local) {
    std::vector<pugi::xml_node> found;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (named(c, local)) found.push_back(c);
    return found;
}

pugi::xml_node descendant(pugi::xml_node node, std::string_view path) {
    while (node && !path.empty()) {
        const std::size_t slash = path.find('/');
        node = child(node, path.substr(0, slash));
        path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
    }
    return node;
}

std::string all_text(pugi::xml_node node) {
    std::string text;
    if (!node) return text;
    // Iterative, as records may nest deeper than the call stack allows.
    for (pugi::xml_node at = node.first_child(); at && at != node;) {
        if (at.type() == pugi::node_pcdata || at.type() == pugi::node_cdata) text += at.value();
        if (at.first_child()) {
            at = at.first_child();
            continue;
        }
        while (at && at != node && !at.next_sibling()) at = at.parent();
        if (at && at != node) at = at.next_sibling();
    }
    return text;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string inline_text(pugi::xml_node node) { return collapse_whitespace(all_text(node)); }

std::string inner_xml(pugi::xml_node node) {
    std::ostringstream out;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) c.print(out, "", pugi::format_raw);
    return out.str();
}

}  // namespace morgue::readers::xml
