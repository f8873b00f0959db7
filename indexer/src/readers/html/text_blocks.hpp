#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <vector>

namespace morgue::readers::html {

// What the markup around a block says about it: class and id words such as "article-body" or
// "comments", roles, itemprop=articleBody. The nearest element that says anything decides.
enum class Hint { None, Content, Boilerplate };

// A run of text between two block-level boundaries (<p>, <div>, <li>, <h2>, <br><br>...), the unit
// boilerplate removal classifies, as in boilerpipe and jusText.
struct TextBlock {
    std::string text;            // whitespace collapsed
    std::size_t link_bytes = 0;  // bytes of text inside <a>
    std::size_t offset = 0;      // byte offset in the page where the block starts
    bool heading = false;        // <h1>..<h6>
    bool in_content = false;     // inside <article>, <main> or itemprop=articleBody
    Hint hint = Hint::None;
    // The element whose block children the block is one of (the <div> around a <p>): blocks of one
    // container are parts of one thing, an article body or a sidebar box.
    const GumboNode* container = nullptr;
    double link_density() const {
        return text.empty() ? 0.0 : static_cast<double>(link_bytes) / static_cast<double>(text.size());
    }
};

// The page's text blocks in document order. What is never article text is left out whole:
// <script>, <style>, <nav>, <aside>, <footer>, <header>, <form> (unless it wraps the page), buttons,
// <figcaption>, <iframe>, <svg>, and hidden elements.
std::vector<TextBlock> text_blocks(const GumboNode* root);

// The hint class names and ids give: words like nav, menu, footer, comment, share, social, related,
// promo, sidebar, cookie, newsletter, ad say boilerplate (and win); article, content, story, body,
// entry, text say content.
Hint hint_of_names(std::string_view class_and_id);

}  // namespace morgue::readers::html
