#include "readers/html_fragment_text.hpp"

#include <doctest/doctest.h>

#include <string>

namespace morgue::readers {

TEST_CASE("html_fragment_text: block elements are paragraphs, inline markup is text") {
    CHECK(html_fragment_text("<p>One <b>bold</b> word.</p><p>Two</p>") == "One bold word.\n\nTwo");
    CHECK(html_fragment_text("<div>A</div><ul><li>first</li><li>second</li></ul>tail") == "A\n\nfirst\n\nsecond\n\ntail");
    CHECK(html_fragment_text("<h2>Head</h2>text<br>next line") == "Head\n\ntext\nnext line");
    CHECK(html_fragment_text("  lots \n of\t space  ") == "lots of space");
}

TEST_CASE("html_fragment_text: entities are decoded, scripts and styles dropped") {
    CHECK(html_fragment_text("&ldquo;Caf&eacute;&rdquo; &amp; bar &#8364;5") == "\u201cCaf\u00e9\u201d & bar \u20ac5");
    CHECK(html_fragment_text("<p>Text</p><script>var x = 1;</script><style>p{}</style>") == "Text");
    CHECK(html_fragment_text("<title>page</title><p>body</p>") == "body");
}

TEST_CASE("html_fragment_text: plain text keeps its blank-line paragraphs") {
    CHECK(html_fragment_text("First para\nwraps here.\n\nSecond para.") == "First para wraps here.\n\nSecond para.");
    CHECK(html_fragment_text("") == "");
}

TEST_CASE("html_fragment_text: broken and deeply nested markup neither throws nor overflows the stack") {
    CHECK(html_fragment_text("<p>unclosed <b>bold <i>and") == "unclosed bold and");
    std::string deep;
    for (int i = 0; i < 3000; ++i) deep += "<div><span>";
    deep += "x";
    CHECK(html_fragment_text(deep) == "x");
}

TEST_CASE("html_fragment_text: NITF's hl2 and block are paragraphs too") {
    CHECK(html_fragment_text("<block><hl2>Sub</hl2><p>Para</p></block>") == "Sub\n\nPara");
}

}  // namespace morgue::readers
