#include "readers/sgml_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace morgue::readers::sgml {

TEST_CASE("sgml_text: entities and character references are decoded") {
    CHECK(decode_entities("&lt;AMERICAN EXPRESS CO&gt; &amp; &quot;x&quot; &apos;y&apos;") ==
          "<AMERICAN EXPRESS CO> & \"x\" 'y'");
    CHECK(decode_entities("caf&eacute; &#233;t&#xE9; &#X41;&#66;") == "caf\u00e9 \u00e9t\u00e9 AB");
    CHECK(decode_entities("M&Uuml;LLER &ndash; 5&nbsp;mln &copy;") == "M\u00dcLLER \u2013 5 mln \u00a9");
    CHECK(decode_entities("it&#146;s &#151; &#128;5") == "it\u2019s \u2014 \u20ac5");  // windows-1252 range
    CHECK(decode_entities("&AMP; &LT;") == "& <");
}

TEST_CASE("sgml_text: unknown or malformed entities stay as text") {
    CHECK(decode_entities("AT&T &foo; &#; &#xZZ; & x; &amp") == "AT&T &foo; &#; &#xZZ; & x; &amp");
    CHECK(decode_entities("&#0; &#1114112; &#xD800;") == "&#0; &#1114112; &#xD800;");
}

TEST_CASE("sgml_text: control characters become a space, newline and tab stay") {
    CHECK(decode_entities("&#2;a&#3;b&#5;&#30;side&#127;x&#31;y&#22;z") == " a b  side x y z");
    CHECK(decode_entities("a\x02" "b\x7f" "c\nd\te") == "a b c\nd\te");
    CHECK(decode_entities("a\xc2\x85" "b") == "a b");  // U+0085 written as UTF-8
    CHECK(decode_entities("\xc3\xa9t\xc3\xa9") == "\xc3\xa9t\xc3\xa9");
}

TEST_CASE("sgml_text: tags are stripped before entities are decoded") {
    CHECK(strip_tags("<B>bold</B> text") == "bold  text");
    CHECK(strip_tags("x < y and 3<4") == "x < y and 3<4");
    CHECK(strip_tags("one<P>two</P>three") == "one\n\ntwo\n\nthree");
    CHECK(inline_text("&lt;AMERICAN EXPRESS CO> said") == "<AMERICAN EXPRESS CO> said");
    CHECK(inline_text("  <TITLE>BAHIA\r\n COCOA  \t REVIEW</TITLE>\n") == "BAHIA COCOA REVIEW");
    CHECK(inline_text("<P>NEW YEAR</P><P>PARADE</P>") == "NEW YEAR PARADE");
    CHECK(collapse_whitespace("  a \n\n b\t") == "a b");
}

TEST_CASE("sgml_text: paragraphs start at indented lines, blank lines and <P>") {
    const std::string reuters =
        "Showers continued in\nthe Bahia zone.\n    The dry period means\nthe temporao will be late.\n"
        "\n    Arrivals  were   155,221 bags.\n Reuter\n&#3;";
    CHECK(paragraph_text(reuters) ==
          "Showers continued in the Bahia zone.\n\nThe dry period means the temporao will be late.\n\n"
          "Arrivals were 155,221 bags.\n\nReuter");
    CHECK(paragraph_text("\r\n   First line\r\ncontinued.\r\n   Second.\r\n") == "First line continued.\n\nSecond.");
    CHECK(paragraph_text("<P>\nOne\nmore.\n</P>\n<P>\nTwo.\n</P>") == "One more.\n\nTwo.");
    CHECK(paragraph_text("Plain lines\n\nblank-separated") == "Plain lines\n\nblank-separated");
    CHECK(paragraph_text("").empty());
}

TEST_CASE("sgml_text: elements are found by name, case-insensitively, whole names only") {
    const std::string_view text = "<dateline> SALVADOR </dateline><Date>26-FEB-1987</DATE ><D>a</D><D>b</D>";
    const auto date = find_element(text, "DATE");
    REQUIRE(date.has_value());
    CHECK(date->content == "26-FEB-1987");
    CHECK(date->start_tag == "<Date>");
    CHECK(text.substr(date->begin, date->end - date->begin) == "<Date>26-FEB-1987</DATE >");
    CHECK(find_element(text, "DATELINE")->content == " SALVADOR ");
    CHECK_FALSE(find_element(text, "DAT").has_value());
    CHECK_FALSE(find_element("<TITLE>no end", "TITLE").has_value());
    const std::vector<Element> entries = find_elements(text, "d");
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].content == "a");
    CHECK(entries[1].content == "b");
    CHECK(find_start_tag(text, "DATE") == 31);
    CHECK(find_end_tag(text, "dateline") == 20);
}

TEST_CASE("sgml_text: attributes quoted, single-quoted, unquoted, any case") {
    const std::string_view tag = R"(<REUTERS TOPICS="YES" lewissplit='TRAIN' OLDID=5544 NEWID="1" CHECKED>)";
    CHECK(attribute(tag, "NEWID") == "1");
    CHECK(attribute(tag, "newid") == "1");
    CHECK(attribute(tag, "LEWISSPLIT") == "TRAIN");
    CHECK(attribute(tag, "OLDID") == "5544");
    CHECK(attribute(tag, "CHECKED") == "");
    CHECK_FALSE(attribute(tag, "ID").has_value());
    CHECK_FALSE(attribute(tag, "REUTERS").has_value());
    CHECK(attribute(R"(<TEXT TYPE="A&amp;B">)", "TYPE") == "A&B");
}

TEST_CASE("sgml_text: the place of a dateline") {
    CHECK(dateline_place("SALVADOR, Feb 26 -") == "SALVADOR");
    CHECK(dateline_place("NEW YORK, March 2 - ") == "NEW YORK");
    CHECK(dateline_place("PORTLAND, Ore., Feb 26 -") == "PORTLAND, Ore.");
    CHECK(dateline_place("EVANDALE, Ohio, April, 13 -") == "EVANDALE, Ohio");
    CHECK(dateline_place("TAUPO, New Zealand, March 23, Reuter -") == "TAUPO, New Zealand");
    CHECK(dateline_place("TULSA, Okla., April 1, -") == "TULSA, Okla.");
    CHECK(dateline_place("BANGKOK, Thailand (AP) ") == "BANGKOK, Thailand");
    CHECK(dateline_place("WASHINGTON -") == "WASHINGTON");
    CHECK(dateline_place("NEW YORK") == "NEW YORK");
    CHECK(dateline_place("APRIL 7 -") == "");
    CHECK(dateline_place("MAR8  --     --") == "");
}

TEST_CASE("sgml_text: records are walked and unterminated ones reported") {
    const std::string_view text = "<DOC>one</DOC>\n<DOC>two\n<DOC>three</DOC>\n<doc>four";
    std::vector<std::pair<std::string_view, std::size_t>> records;
    std::vector<std::pair<std::size_t, std::string>> unterminated;
    for_each_record(
        text, "DOC", [&](std::string_view record, std::size_t offset) { records.emplace_back(record, offset); },
        [&](std::size_t offset, std::string reason) { unterminated.emplace_back(offset, std::move(reason)); });
    REQUIRE(records.size() == 2);
    CHECK(records[0] == std::pair<std::string_view, std::size_t>{"<DOC>one", 0});
    CHECK(records[1] == std::pair<std::string_view, std::size_t>{"<DOC>three", 24});
    REQUIRE(unterminated.size() == 2);
    CHECK(unterminated[0].first == 15);
    CHECK(unterminated[0].second == "<DOC> element has no </DOC> before the next <DOC>: skipped");
    CHECK(unterminated[1].first == 41);
    CHECK(unterminated[1].second == "<DOC> element has no </DOC> before the end of the file: skipped");
}

TEST_CASE("sgml_text: line counter moves forward incrementally") {
    LineCounter lines("a\nb\n\nc");
    CHECK(lines.line_at(0) == 1);
    CHECK(lines.line_at(2) == 2);
    CHECK(lines.line_at(5) == 4);
    CHECK(lines.line_at(5) == 4);
    CHECK(lines.line_at(100) == 4);
}

}  // namespace morgue::readers::sgml
