#include "readers/html_fragment_text.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace morgue::readers {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

constexpr std::array kBlockTags{
    GUMBO_TAG_P,          GUMBO_TAG_DIV,     GUMBO_TAG_H1,      GUMBO_TAG_H2,         GUMBO_TAG_H3,
    GUMBO_TAG_H4,         GUMBO_TAG_H5,      GUMBO_TAG_H6,      GUMBO_TAG_LI,         GUMBO_TAG_UL,
    GUMBO_TAG_OL,         GUMBO_TAG_DL,      GUMBO_TAG_DT,      GUMBO_TAG_DD,         GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_PRE,        GUMBO_TAG_TABLE,   GUMBO_TAG_TR,      GUMBO_TAG_SECTION,    GUMBO_TAG_ARTICLE,
    GUMBO_TAG_HEADER,     GUMBO_TAG_FOOTER,  GUMBO_TAG_ASIDE,   GUMBO_TAG_FIGURE,     GUMBO_TAG_FIGCAPTION,
    GUMBO_TAG_HR,         GUMBO_TAG_ADDRESS, GUMBO_TAG_CAPTION, GUMBO_TAG_FIELDSET,   GUMBO_TAG_MAIN,
    GUMBO_TAG_NAV,        GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_HGROUP,     GUMBO_TAG_BODY,
};
constexpr std::array kDroppedTags{GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
                                  GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_HEAD,     GUMBO_TAG_SVG,
                                  GUMBO_TAG_TITLE};
// Block elements of NITF's body (hl2, block) that HTML does not know.
constexpr std::array<std::string_view, 3> kUnknownBlockTags{"hl2", "block", "bq"};

bool contains(const auto& tags, GumboTag tag) { return std::find(tags.begin(), tags.end(), tag) != tags.end(); }

bool is_unknown_block(const GumboElement& element) {
    if (element.tag != GUMBO_TAG_UNKNOWN) return false;
    GumboStringPiece name = element.original_tag;
    gumbo_tag_from_original_text(&name);
    const std::string_view tag(name.data, name.length);
    return std::any_of(kUnknownBlockTags.begin(), kUnknownBlockTags.end(), [&](std::string_view block) {
        return tag.size() == block.size() &&
               std::equal(tag.begin(), tag.end(), block.begin(), [](char a, char b) { return (a | 0x20) == b; });
    });
}

// Collects text with breaks, never two spaces or a space at a line's edge.
class TextBuilder {
public:
    void add_text(std::string_view text) {
        for (char c : text) {
            if (is_space(c)) {
                pending_space_ = true;
                continue;
            }
            if (pending_breaks_ > 0 && !text_.empty()) text_.append(pending_breaks_, '\n');
            else if (pending_space_ && !text_.empty() && text_.back() != '\n') text_ += ' ';
            pending_breaks_ = 0;
            pending_space_ = false;
            text_ += c;
        }
    }
    void add_break(std::size_t newlines) {
        pending_breaks_ = std::max(pending_breaks_, newlines);
        pending_space_ = false;
    }
    std::string take() { return std::move(text_); }

private:
    std::string text_;
    std::size_t pending_breaks_ = 0;
    bool pending_space_ = false;
};

// A walk with an explicit stack: fuzzed or hostile markup can nest deeper than the call stack.
void collect_text(const GumboNode* root, TextBuilder& out) {
    struct Step {
        const GumboNode* node;
        bool closing;  // the end of an element: its break after
    };
    std::vector<Step> stack{{root, false}};
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        const GumboNode* node = step.node;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            out.add_text(node->v.text.text);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
        const GumboVector& children =
            node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
        if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboElement& element = node->v.element;
            if (contains(kDroppedTags, element.tag)) continue;
            if (element.tag == GUMBO_TAG_BR) {
                out.add_break(1);
                continue;
            }
            const bool block = contains(kBlockTags, element.tag) || is_unknown_block(element);
            if (block) {
                if (step.closing) {
                    out.add_break(2);
                    continue;
                }
                out.add_break(2);
                stack.push_back({node, true});
            } else if (element.tag == GUMBO_TAG_TD || element.tag == GUMBO_TAG_TH) {
                out.add_text(" ");
            }
        }
        for (unsigned i = children.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(children.data[i]), false});
    }
}

// Plain text (no tags, no entities): its own blank lines are its paragraphs.
std::string plain_text(std::string_view text) {
    TextBuilder out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        if (std::all_of(line.begin(), line.end(), is_space)) out.add_break(2);
        else out.add_text(line), out.add_text(" ");
        pos = end + 1;
    }
    return out.take();
}

}  // namespace

std::string html_fragment_text(std::string_view html) {
    if (html.find_first_of("<&") == std::string_view::npos) return plain_text(html);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the errors are not used: don't keep a list as long as the input
    options.fragment_context = GUMBO_TAG_DIV;  // a fragment: a <title> in it is text, not the page's
    const std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&options, html.data(), html.size()),
        [](GumboOutput* parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });
    if (!output) return plain_text(html);
    TextBuilder out;
    collect_text(output->root, out);
    return out.take();
}

}  // namespace morgue::readers
