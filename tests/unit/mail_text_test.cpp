#include "readers/mail_text.hpp"
#include "readers/mail_detection.hpp"
#include "readers/mbox_messages.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace morgue::readers {

TEST_CASE("mail text: the signature goes, quoted text stays") {
    CHECK(mail_body_text("Hello.\n> quoted line\nReply.\n-- \nAnn\nExample Ltd\n") == "Hello.\n> quoted line\nReply.");
    CHECK(mail_body_text("Hello.\r\n\r\n-- \r\nAnn\r\n") == "Hello.");
    CHECK(mail_body_text("Hello.\n--\nAnn\n") == "Hello.");  // the separator after its space was stripped
    // A bare "--" far from the end divides the text; only the last "-- " is a signature.
    CHECK(mail_body_text("a\n--\n1\n2\n3\n4\n5\n6\n7\n8\n") == "a\n--\n1\n2\n3\n4\n5\n6\n7\n8");
    CHECK(mail_body_text("a\n-- \nnot yet\n-- \nsig\n") == "a\n-- \nnot yet");
    CHECK(mail_body_text("\n\n  body  \n\n") == "  body  ");
    CHECK(mail_body_text(">From the start\n>>From a quote\n>> quoted\n") == "From the start\n>From a quote\n>> quoted");
    CHECK(mail_body_text(">>>\n") == ">>>");
    CHECK(mail_body_text("").empty());
}

TEST_CASE("mail text: crude HTML text keeps paragraphs and decodes entities") {
    CHECK(crude_html_text("<p>One <b>two</b></p><p>three&nbsp;&lt;4&gt;</p>") == "One two\n\nthree <4>");
    CHECK(crude_html_text("<style>p{}</style><SCRIPT>alert(1)</SCRIPT>text") == "text");
    CHECK(crude_html_text("caf&#233; &#x263A; &bogus; & x") == "café ☺ &bogus; & x");
    CHECK(crude_html_text("&#0; &#9999999;") == "\xEF\xBF\xBD \xEF\xBF\xBD");
    CHECK(crude_html_text("<table><tr><td>a</td><td>b</td></tr></table>") == "a b");
    CHECK(crude_html_text("unclosed <b") == "unclosed");
    CHECK(crude_html_text("<script>never closed").empty());
}

TEST_CASE("mbox: messages between separator lines, blank line before each separator left out") {
    const std::string text =
        "From a@x Mon Apr  5 10:00:00 1993\nSubject: 1\n\nbody\n\n"
        "From b@x Mon Apr  5 10:00:00 1993\nSubject: 2\n\nFrom here on 5 is not a separator\n"
        "From c@x Mon Apr  5 10:00:00 1993\nSubject: 3\n";
    std::vector<std::string> messages;
    std::vector<std::string> separators;
    for_each_mbox_message(text, [&](const MboxMessage& message) {
        messages.push_back(text.substr(message.offset, message.end - message.offset));
        separators.emplace_back(message.separator);
    });
    // The third separator follows no blank line but is followed by a header field.
    CHECK(messages == std::vector<std::string>{"Subject: 1\n\nbody\n", "Subject: 2\n\nFrom here on 5 is not a separator\n",
                                               "Subject: 3\n"});
    CHECK(separators.front() == "From a@x Mon Apr  5 10:00:00 1993");

    std::vector<std::string> preamble;
    for_each_mbox_message("junk\n\nFrom a@x Mon Apr  5 10:00:00 1993\nSubject: 1\n", [&](const MboxMessage& message) {
        preamble.emplace_back(message.separator);
    });
    CHECK(preamble == std::vector<std::string>{"", "From a@x Mon Apr  5 10:00:00 1993"});
    CHECK(is_mbox_separator("From 1234@xxx Sat Jan 03 01:05:34 +0000 2015"));
    CHECK(is_mbox_separator("From - Mon Apr  5 10:00:00 1993"));
    CHECK_FALSE(is_mbox_separator("From here on, 5 things change in 2010"));
    CHECK_FALSE(is_mbox_separator("From: a@x Mon Apr  5 10:00:00 1993"));
}

}  // namespace morgue::readers
