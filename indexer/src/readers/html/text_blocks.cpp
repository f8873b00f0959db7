#include "readers/html/text_blocks.hpp"

#include "readers/html/html_document.hpp"

#include <array>

namespace morgue::readers::html {
namespace {

// A <form> this long holds the page, as ASP.NET sites wrap everything in one; a shorter one is a
// search box, a login or a newsletter sign-up.
constexpr std::size_t kPageFormBytes = 1500;

bool is_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_CENTER:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_HGROUP:
            return true;
        default:
            return false;
    }
}

bool is_heading(GumboTag tag) {
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
           tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool is_hidden(const GumboNode* node) {
    if (attribute(node, "hidden") || attribute(node, "aria-hidden") == "true") return true;
    const auto style = attribute(node, "style");
    if (!style) return false;
    std::string lower = ascii_lower(*style);
    std::erase(lower, ' ');
    return lower.find("display:none") != std::string::npos || lower.find("visibility:hidden") != std::string::npos;
}

bool is_never_text(const GumboNode* node) {
    switch (node->v.element.tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_INPUT:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_MENU:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TITLE:
        case GUMBO_TAG_LABEL:
            return true;
        case GUMBO_TAG_FORM:
            return inline_text(node).size() < kPageFormBytes;
        default:
            return is_hidden(node);
    }
}

Hint hint_of_role(std::string_view role) {
    for (std::string_view r :
         {"navigation", "banner", "contentinfo", "complementary", "menu", "search", "dialog", "alert"})
        if (role == r) return Hint::Boilerplate;
    if (role == "main" || role == "article") return Hint::Content;
    return Hint::None;
}

Hint hint_of_element(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return Hint::None;  // "has-sidebar" says nothing of the text
    if (attribute(node, "itemprop") == "articleBody") return Hint::Content;
    if (const auto role = attribute(node, "role")) {
        if (const Hint hint = hint_of_role(ascii_lower(*role)); hint != Hint::None) return hint;
    }
    std::string names(attribute(node, "class").value_or(""));
    names += ' ';
    names += attribute(node, "id").value_or("");
    return hint_of_names(names);
}

// Walks the DOM without recursion, cutting text into blocks at block-level boundaries.
class BlockCutter {
public:
    std::vector<TextBlock> cut(const GumboNode* root) {
        struct Frame {
            const GumboNode* node;
            unsigned next_child;
            Hint hint;        // nearest hint at this element
            bool in_content;  // inside <article>/<main>/articleBody
            bool in_link;
            bool heading;
            const GumboNode* block;      // the innermost block element at or above this one
            const GumboNode* container;  // the block element above `block`
        };
        std::vector<Frame> stack;
        stack.push_back({root, 0, Hint::None, false, false, false, root, nullptr});
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const GumboNode* node = frame.node;
            const GumboVector* children =
                node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
            if (frame.next_child >= children->length) {
                if (node->type == GUMBO_NODE_ELEMENT && is_block(node->v.element.tag)) flush();
                stack.pop_back();
                continue;
            }
            const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
            const Frame parent = frame;  // `frame` may dangle once the stack grows
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
                child->type == GUMBO_NODE_WHITESPACE) {
                add_text(child, parent.hint, parent.in_content, parent.in_link, parent.heading, parent.container);
                continue;
            }
            if (child->type != GUMBO_NODE_ELEMENT || is_never_text(child)) continue;
            const GumboTag tag = child->v.element.tag;
            if (tag == GUMBO_TAG_BR) {
                line_break();
                continue;
            }
            if (is_block(tag)) flush();
            const Hint own = hint_of_element(child);
            const bool content = parent.in_content || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
                                 attribute(child, "itemprop") == "articleBody";
            const bool block = is_block(tag);
            stack.push_back({child, 0, own == Hint::None ? parent.hint : own, content,
                             parent.in_link || tag == GUMBO_TAG_A, parent.heading || is_heading(tag),
                             block ? child : parent.block, block ? parent.block : parent.container});
        }
        flush();
        return std::move(blocks_);
    }

private:
    void add_text(const GumboNode* text, Hint hint, bool in_content, bool in_link, bool heading,
                  const GumboNode* container) {
        const std::string_view piece = text->v.text.text;
        if (text->type != GUMBO_NODE_WHITESPACE && breaks_ >= 2) flush();  // <br><br> is a paragraph break
        if (text->type != GUMBO_NODE_WHITESPACE) breaks_ = 0;
        if (current_.text.empty()) {
            current_.offset = text->v.text.start_pos.offset;
            current_.hint = hint;
            current_.in_content = in_content;
            current_.heading = heading;
            current_.container = container;
        }
        // The block's hint is its first text's; a boilerplate word anywhere in it marks it whole.
        if (hint == Hint::Boilerplate) current_.hint = Hint::Boilerplate;
        const std::size_t before = current_.text.size();
        current_.text += piece;
        if (in_link) link_bytes_ += current_.text.size() - before;
    }

    void line_break() {
        ++breaks_;
        if (!current_.text.empty()) current_.text += ' ';
    }

    void flush() {
        breaks_ = 0;
        std::string text = collapse_whitespace(current_.text);
        if (!text.empty()) {
            // Link bytes were counted before collapsing; scale them so that the density stays right.
            const double share = static_cast<double>(link_bytes_) / static_cast<double>(current_.text.size());
            current_.link_bytes = static_cast<std::size_t>(share * static_cast<double>(text.size()) + 0.5);
            current_.text = std::move(text);
            blocks_.push_back(std::move(current_));
        }
        current_ = TextBlock{};
        link_bytes_ = 0;
    }

    std::vector<TextBlock> blocks_;
    TextBlock current_;
    std::size_t link_bytes_ = 0;
    int breaks_ = 0;
};

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

}  // namespace

Hint hint_of_names(std::string_view class_and_id) {
    const std::string names = ascii_lower(class_and_id);
    if (names.find_first_not_of(' ') == std::string::npos) return Hint::None;
    // Parts of compound names ("comment-list", "mostRead", "share-bar") that only boilerplate uses.
    static constexpr std::array<std::string_view, 36> kBoilerplateParts{
        "comment",    "share",      "sharing",    "social",    "related",  "promo",      "sidebar",   "cookie",
        "consent",    "newsletter", "subscri",    "signup",    "footer",   "navigation", "navbar",    "menu",
        "breadcrumb", "mostread",   "most-read",  "most_read", "popular",  "trending",   "recommend", "advert",
        "sponsor",    "banner",     "gdpr",       "widget",    "outbrain", "taboola",    "disqus",    "paywall",
        "masthead",   "caption",    "author-bio", "tag-list"};
    // Whole words: "ad" must not match "header" or "read".
    static constexpr std::array<std::string_view, 11> kBoilerplateWords{
        "nav", "ad", "ads", "aside", "meta", "byline", "tags", "toolbar", "modal", "hidden", "print"};
    // With the words sites in other languages use: "artikel-inhalt", "contenu", "cuerpo-noticia".
    static constexpr std::array<std::string_view, 17> kContentParts{
        "article", "content", "story",  "body",    "entry", "text",   "post",    "main", "prose",
        "blog",    "artikel", "inhalt", "contenu", "corps", "cuerpo", "noticia", "testo"};
    for (std::string_view part : kBoilerplateParts)
        if (contains(names, part)) return Hint::Boilerplate;
    std::size_t start = 0;
    while (start < names.size()) {
        std::size_t end = names.find_first_of(" _-", start);
        if (end == std::string::npos) end = names.size();
        const std::string_view word = std::string_view(names).substr(start, end - start);
        for (std::string_view boilerplate : kBoilerplateWords)
            if (word == boilerplate) return Hint::Boilerplate;
        start = end + 1;
    }
    for (std::string_view part : kContentParts)
        if (contains(names, part)) return Hint::Content;
    return Hint::None;
}

std::vector<TextBlock> text_blocks(const GumboNode* root) {
    return BlockCutter().cut(root);
}

}  // namespace morgue::readers::html
