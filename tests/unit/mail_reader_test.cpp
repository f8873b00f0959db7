#include "readers/mail_reader.hpp"

#include "read_result.hpp"

#include <morgue/input_format.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace morgue::readers {
namespace {

const std::filesystem::path kSamples = std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "mail";

SourceText sample(const std::string& relative) {
    const std::filesystem::path path = kSamples / relative;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    return {path.string(), {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}};
}

ReadResult read(const SourceText& source) { return read_with(read_mail, source); }
ReadResult read(std::string text) { return read(SourceText{"in.mbox", std::move(text)}); }

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::string reasons(const ReadResult& result) {
    std::string all;
    for (const ReadProblem& problem : result.problems) all += problem.to_string() + "\n";
    return all;
}

}  // namespace

TEST_CASE("mail: the sample mbox gives its six messages with every field") {
    const SourceText source = sample("archive.mbox");
    const ReadResult result = read(source);
    INFO(reasons(result));
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 6);
    CHECK(result.lines == std::vector<std::size_t>{2, 24, 41, 78, 102, 123});

    const Article& qp = result.articles[0];
    CHECK(qp.id == "qp-cranes-0406@eastport-gazette.example");
    CHECK(qp.headline == "Harbour cranes return to service at Eastport");
    CHECK(qp.byline == std::vector<std::string>{"Margit Olsen"});
    CHECK(qp.date->to_iso() == "2010-04-06T07:15:00Z");
    CHECK(qp.section == "Eastport Harbour News");
    CHECK(qp.source.empty());
    CHECK(qp.body.starts_with("Crane number 3 at the Eastport container quay was back in service on Tuesday morning"));
    CHECK(contains(qp.body, "Café owners on the quay welcomed the return\n"));  // soft breaks joined, =C3=A9 decoded
    CHECK(qp.body.ends_with("\n\nFrom now on the cranes will be inspected every month instead of every quarter."));

    const Article& base64 = result.articles[1];
    CHECK(base64.id == "tram-vote-77@rheinbote.example");
    CHECK(base64.byline == std::vector<std::string>{"kbauer"});  // no display name: the local part, not the address
    CHECK(base64.section == "harbour-news.lists.example.org");  // a List-Id without a phrase
    CHECK(base64.date->to_iso() == "2010-04-06T11:02:00Z");
    CHECK(contains(base64.body, "Verlängerung der Straßenbahn nach Süd-Ost"));  // ISO-8859-1 in base64
    CHECK(contains(base64.body, "Bürgermeisterin Käthe Brandt"));

    const Article& multipart = result.articles[2];
    CHECK(multipart.headline == "Flood barrier test schedule (with map)");
    CHECK(multipart.byline == std::vector<std::string>{"Priya Raman"});
    CHECK(multipart.source == "River Desk Cooperative");
    CHECK(multipart.body.starts_with("The river authority will close the tidal flood barrier"));
    CHECK(multipart.body.ends_with("the exclusion zone."));
    CHECK_FALSE(contains(multipart.body, "ATTACHED-GATE-CODES"));
    CHECK_FALSE(contains(multipart.body, "PDF"));
    CHECK_FALSE(contains(multipart.body, "multi-part message"));  // the preamble is not a part

    const Article& encoded = result.articles[3];
    CHECK(encoded.headline == "Café prices climb in Lyon as milk costs récord");  // two RFC 2047 charsets, folded
    CHECK(encoded.byline == std::vector<std::string>{"Zoë Lefèvre"});
    CHECK(encoded.date->to_iso() == "2010-04-07T23:30:00Z");
    CHECK(encoded.body == "A small coffee now costs 2.10 euros in most of Lyon's old town, up from 1.80 a year ago.\n"
                          "Owners blame the price of milk.");  // text/plain chosen over text/html

    const Article& reply = result.articles[4];
    CHECK(reply.id == source.path + "#5");  // no Message-ID
    CHECK(reply.headline == "Re: Harbour cranes return to service at Eastport");
    CHECK(reply.byline == std::vector<std::string>{"Hale, Tom"});
    CHECK(contains(reply.body, "> Crane number 3 at the Eastport container quay was back in service on\n"));
    CHECK(contains(reply.body, "\nFrom the minutes of Monday's meeting"));  // the mbox ">From" escape undone
    CHECK(reply.body.ends_with("before the summer peak.\nFrom the minutes of Monday's meeting: the inspection rota is agreed."));
    CHECK_FALSE(contains(reply.body, "Lift with your legs"));  // the signature
    CHECK_FALSE(contains(reply.body, "branch secretary"));

    const Article& usenet = result.articles[5];
    CHECK(usenet.id == "1993Apr5.100000.4411@astro.example.edu");
    CHECK(usenet.byline == std::vector<std::string>{"John Doe"});  // "address (Name)"
    CHECK(usenet.date->to_iso() == "1993-04-05T10:00:00Z");         // "05 Apr 93"
    CHECK(usenet.section == "sci.astro");
    CHECK(usenet.source == "Example State University Observatory");
}

TEST_CASE("mail: a Usenet folder tree, one article per file, same file names in two groups") {
    const ReadResult space = read(sample("usenet/sci.space/101"));
    const ReadResult autos = read(sample("usenet/rec.autos/101"));
    INFO(reasons(space) << reasons(autos));
    REQUIRE(space.articles.size() == 1);
    REQUIRE(autos.articles.size() == 1);
    CHECK(space.problems.empty());
    CHECK(autos.problems.empty());
    const Article& shuttle = space.articles[0];
    CHECK(shuttle.id == (kSamples / "usenet/sci.space/101").string() + "#1");
    CHECK(autos.articles[0].id == (kSamples / "usenet/rec.autos/101").string() + "#1");
    CHECK(shuttle.headline == "Shuttle launch slips to Thursday after valve fault");
    CHECK(shuttle.byline == std::vector<std::string>{"Lena Wong"});
    CHECK(shuttle.date->to_iso() == "1993-04-05T14:02:11Z");
    CHECK(shuttle.section == "sci.space");
    CHECK(shuttle.source == "Orbit Watchers Club");
    CHECK(contains(shuttle.body, ">Any word on the new launch window?"));
    CHECK(shuttle.body.ends_with("The window opens at 07:15 local time on Thursday."));

    const Article& choke = autos.articles[0];
    CHECK(choke.byline == std::vector<std::string>{"Radek Petrov"});
    CHECK(choke.section == "rec.autos");
    CHECK(choke.date->to_iso() == "1993-04-06T12:30:00Z");  // -0400 (EDT)
    CHECK(choke.body.ends_with("Any ideas before I take the carburettor apart?"));  // "--" signature dropped

    const ReadResult reply = read(sample("usenet/sci.space/102"));
    REQUIRE(reply.articles.size() == 1);
    CHECK(reply.articles[0].id == "1993Apr7.164500.882@esa.example.int");
    CHECK(reply.articles[0].date->to_iso() == "1993-04-07T21:45:00Z");  // 93 and EST
    CHECK(reply.articles[0].section == "sci.space");

    const ReadResult tyres = read(sample("usenet/rec.autos/102"));  // starts with Xref, not From
    REQUIRE(tyres.articles.size() == 1);
    CHECK(tyres.articles[0].byline == std::vector<std::string>{"Adaeze Okafor"});
    CHECK(tyres.articles[0].body == "Our winters rarely go below zero, but the tyre dealer insists that winter\n"
                                    "tyres shorten braking distances below 7 °C. Has anyone measured it?");
}

TEST_CASE("mail: a message without headers in an mbox is reported and the rest is read") {
    const ReadResult result = read(
        "From a@example.org Mon Apr  5 10:00:00 1993\nFrom: Ann <a@example.org>\nSubject: first\n\nbody one\n\n"
        "From b@example.org Mon Apr  5 11:00:00 1993\nthis message has no headers at all\n\n"
        "From c@example.org Mon Apr  5 12:00:00 1993\n\nonly a body after an empty header block\n\n"
        "From d@example.org Mon Apr  5 13:00:00 1993\nFrom: Dee <d@example.org>\nSubject: last\n\nbody four\n");
    INFO(reasons(result));
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].headline == "first");
    CHECK(result.articles[1].headline == "last");
    CHECK(result.articles[1].id == "in.mbox#4");
    CHECK(result.articles[0].date->to_iso() == "1993-04-05T10:00:00Z");  // no Date: the "From " line's
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].line == 8);
    CHECK(result.problems[0].byte_offset == 140);
    CHECK(result.problems[0].reason == "message 2 has no header fields: skipped");
    CHECK(result.problems[0].severity == ReadProblem::Severity::ArticleSkipped);
    CHECK(result.problems[1].line == 11);
    CHECK(contains(result.problems[1].reason, "message 3 has none of From, Subject, Date, Message-ID"));
}

TEST_CASE("mail: a truncated mbox keeps what it has and says the last message is cut off") {
    const std::string whole =
        "From a@example.org Mon Apr  5 10:00:00 1993\nFrom: Ann <a@example.org>\nSubject: first\n\nbody one\n\n"
        "From b@example.org Mon Apr  5 11:00:00 1993\nFrom: Bo <b@example.org>\nSubject: parts\n"
        "Content-Type: multipart/mixed; boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\nthe part's text\n"
        "--XX\nContent-Type: application/pdf\n\n%PDF\n--XX--\n";
    const ReadResult intact = read(whole);
    CHECK(intact.problems.empty());
    REQUIRE(intact.articles.size() == 2);

    const ReadResult cut = read(whole.substr(0, whole.find("--XX\nContent-Type: application")));
    INFO(reasons(cut));
    REQUIRE(cut.articles.size() == 2);
    CHECK(cut.articles[1].body == "the part's text");
    REQUIRE(cut.problems.size() == 1);
    CHECK(cut.problems[0].severity == ReadProblem::Severity::Repaired);
    CHECK(cut.problems[0].reason == "message in.mbox#2: message is cut off (the file ends inside it): indexed as far as it goes");

    const ReadResult headers_cut = read(whole.substr(0, whole.find("Subject: parts") + 8));
    REQUIRE(headers_cut.articles.size() == 2);
    CHECK(contains(reasons(headers_cut), "message is cut off"));
    CHECK(contains(reasons(headers_cut), "no text"));
}

TEST_CASE("mail: a bad date is reported as repaired and the message indexed undated") {
    const ReadResult result = read(SourceText{"group/7", "From: Ann <a@example.org>\nSubject: s\nDate: the day before yesterday\n\ntext\n"});
    REQUIRE(result.articles.size() == 1);
    CHECK_FALSE(result.articles[0].date.has_value());
    CHECK(result.articles[0].id == "group/7#1");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].severity == ReadProblem::Severity::Repaired);
    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].reason == "message group/7#1: unreadable date \"the day before yesterday\": indexed without a date");
}

TEST_CASE("mail: files that are not messages are skipped with a reason, never thrown") {
    for (const std::string text : {"", "\n\n", "just some text\nwithout headers\n", "\xEF\xBB\xBF"}) {
        CAPTURE(text);
        const ReadResult result = read(SourceText{"group/1", text});
        CHECK(result.articles.empty());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].severity == ReadProblem::Severity::FileSkipped);
    }
}

TEST_CASE("mail: an HTML-only message is read as text, an attachment-only one as headers") {
    const ReadResult html = read(SourceText{"m", "From: A <a@x.org>\nSubject: h\nContent-Type: text/html\n\n"
                                                 "<html><head><style>p{color:red}</style></head><body><p>First &amp; "
                                                 "<b>bold</b></p><p>Second&nbsp;one &#233;</p><script>x()</script></body></html>\n"});
    REQUIRE(html.articles.size() == 1);
    CHECK(html.articles[0].body == "First & bold\n\nSecond one é");
    CHECK(html.problems.empty());

    const ReadResult attachment = read(SourceText{"m", "From: A <a@x.org>\nSubject: scan\nContent-Type: application/pdf\n\n%PDF-1.4\n"});
    REQUIRE(attachment.articles.size() == 1);
    CHECK(attachment.articles[0].body.empty());
    REQUIRE(attachment.problems.size() == 1);
    CHECK(contains(attachment.problems[0].reason, "no text"));
}

TEST_CASE("mail: an unescaped From line inside a body does not split the message") {
    const ReadResult result = read(
        "From a@example.org Mon Apr  5 10:00:00 1993\nFrom: Ann <a@example.org>\nSubject: one\n\nline\n"
        "From here on, 3 things change.\nmore\n\n"
        "From b@example.org Mon Apr  5 11:00:00 1993\nFrom: Bo <b@example.org>\nSubject: two\n\nbody\n");
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].body == "line\nFrom here on, 3 things change.\nmore");
}

TEST_CASE("mail: content detection") {
    for (const char* file : {"archive.mbox", "usenet/sci.space/101", "usenet/rec.autos/101", "usenet/rec.autos/102"}) {
        CAPTURE(file);
        CHECK(looks_like_mail(sample(file).text));
        CHECK(detect_input_format(file, sample(file).text) == InputFormat::Mail);
    }
    CHECK(looks_like_mail("Subject: x\r\nFrom: y\r\n\r\nbody"));
    CHECK(looks_like_mail("From: a@b.org\nSubject: s\nX-Long-Header: " + std::string(5000, 'x')));  // cut off by the head
    CHECK(looks_like_mail("From someone@example.org Mon Apr  5 10:00:00 1993\nFrom: a\nDate: b\n\n"));
    CHECK_FALSE(looks_like_mail("Date: 2010-03-26\n\nHeadline of a page\n"));  // one known field only
    CHECK_FALSE(looks_like_mail("From our correspondent in Paris\nSubject: x\nDate: y\n"));
    CHECK_FALSE(looks_like_mail("Subject: x\nDate: y\nthis line is not a header\n\n"));
    CHECK_FALSE(looks_like_mail("\nSubject: x\nDate: y\n"));
    CHECK_FALSE(looks_like_mail("<DOC>\n<DOCNO>AP1</DOCNO>\n"));
    CHECK_FALSE(looks_like_mail(""));
    CHECK(parse_input_format("mail") == InputFormat::Mail);
    CHECK(input_format_name(InputFormat::Mail) == "mail");
}

}  // namespace morgue::readers
