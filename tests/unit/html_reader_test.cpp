#include "readers/html_reader.hpp"
#include "readers/html/boilerplate.hpp"
#include "readers/html/html_article.hpp"
#include "readers/dateline.hpp"
#include "readers/html/markup_metadata.hpp"
#include "readers/web_format_detection.hpp"

#include "read_result.hpp"

#include <morgue/input_format.hpp>

#include <doctest/doctest.h>

#include <string>

namespace morgue::readers {
namespace {

ReadResult read(std::string text, std::string path = "page.html") {
    return read_with(read_html, SourceText{std::move(path), std::move(text)});
}

// A paragraph of running prose: long enough, and with the function words prose has.
std::string prose(const std::string& topic) {
    return "<p>The council said on Tuesday that the " + topic +
           " would be finished by the end of the year, and that it had asked the state for more money to pay for "
           "the work, which has been delayed twice since it began in the spring of the year before last.</p>";
}

Article only_article(const ReadResult& result) {
    REQUIRE(result.articles.size() == 1);
    return result.articles.front();
}

}  // namespace

TEST_CASE("html: JSON-LD NewsArticle gives headline, authors, date, publisher, section") {
    const auto article = only_article(read(R"(<html><head><script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Bridge reopens", "datePublished": "2024-05-02T10:00:00+02:00",
         "dateModified": "2024-06-01", "author": [{"@type": "Person", "name": "Ann Lee"}, "By Bo Chan"],
         "publisher": {"name": "River Times"}, "articleSection": ["Local", "Roads"]}</script>
        <meta property="og:title" content="Other title"></head><body>)" +
                                           prose("bridge") + "</body></html>"));
    CHECK(article.headline == "Bridge reopens");
    CHECK(article.byline == std::vector<std::string>{"Ann Lee", "Bo Chan"});
    REQUIRE(article.date);
    CHECK(article.date->to_iso() == "2024-05-02T08:00:00Z");  // datePublished wins over dateModified
    CHECK(article.source == "River Times");
    CHECK(article.section == "Local");
}

TEST_CASE("html: JSON-LD @graph with @id references, and dateModified when nothing else") {
    const auto article = only_article(read(R"(<script type="application/ld+json">{"@graph": [
        {"@type": "Person", "@id": "#p", "name": "Kim Berg"}, {"@type": "Organization", "@id": "#o", "name": "Fjord Post"},
        {"@type": ["ReportageNewsArticle"], "headline": "Ferry strike ends", "author": {"@id": "#p"},
         "publisher": {"@id": "#o"}, "dateModified": "2023-01-05"}]}</script>)" +
                                           prose("ferry")));
    CHECK(article.headline == "Ferry strike ends");
    CHECK(article.byline == std::vector<std::string>{"Kim Berg"});
    CHECK(article.source == "Fjord Post");
    CHECK(article.date->to_iso() == "2023-01-05");
}

TEST_CASE("html: broken JSON-LD and non-article types are ignored for the meta tags") {
    const auto article =
        only_article(read(R"(<head><script type="application/ld+json">{"@type": "NewsArticle", </script>
        <script type="application/ld+json">{"@type": "WebSite", "name": "Not a headline"}</script>
        <meta property="og:title" content="Dam plan approved | Valley News"><meta property="og:site_name" content="Valley News">
        <meta property="article:published_time" content="2022-07-01T12:00:00Z"><meta property="article:author" content="https://facebook.example/x">
        <meta name="author" content="Jo Park"><meta property="article:section" content="Environment"></head>)" +
                          prose("dam")));
    CHECK(article.headline == "Dam plan approved");
    CHECK(article.source == "Valley News");
    CHECK(article.section == "Environment");
    CHECK(article.byline == std::vector<std::string>{"Jo Park"});  // a profile URL is not a name
    CHECK(article.date->to_iso() == "2022-07-01T12:00:00Z");
}

TEST_CASE("html: <time>, rel=author, <h1> and <title> when the page has no metadata") {
    const auto article = only_article(read(R"(<title>Road closed after flood - Hill Gazette</title>
        <h1 class="logo">Hill Gazette</h1><article><h1>Road closed after flood</h1>
        <p>Posted <time datetime="2021-03-04">4 March</time> by <a rel="author" href="/a">Sue Ray</a></p>)" +
                                           prose("road") + "</article>"));
    CHECK(article.headline == "Road closed after flood");
    CHECK(article.byline == std::vector<std::string>{"Sue Ray"});
    CHECK(article.date->to_iso() == "2021-03-04");
    CHECK(article.id == "page.html");  // no canonical URL: the path
}

TEST_CASE("html: the id is the canonical URL, then og:url") {
    CHECK(
        only_article(
            read(
                R"(<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">)" +
                prose("park")))
            .id == "https://a.example/x");
    CHECK(only_article(read(R"(<meta property="og:url" content="https://b.example/y">)" + prose("park"))).id ==
          "https://b.example/y");
}

TEST_CASE("html: title suffixes are removed only where they look like a site name") {
    using html::without_site_suffix;
    CHECK(without_site_suffix("Storm closes port - The Harbour Times", "") == "Storm closes port");
    CHECK(without_site_suffix("Storm closes port | News | Harbour Times", "Harbour Times") == "Storm closes port");
    CHECK(without_site_suffix("Storm closes port", "Harbour Times") == "Storm closes port");
    CHECK(without_site_suffix("Jobs - the long view", "") == "Jobs - the long view");  // rest not longer
}

TEST_CASE("html: navigation, share, comments, related, cookie and newsletter blocks are dropped") {
    const auto article = only_article(read(
        R"(<div class="cookie-banner"><p>We use cookies to give you the best experience on our website and to show you advertising that is relevant to you.</p></div>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="story">)" +
        prose("library") + R"(<div class="share-bar"><a>Share on Facebook</a></div>)" + prose("pool") +
        R"(</div><div class="newsletter"><p>Sign up for our newsletter and you will get the best of the week in your inbox on every Friday morning.</p></div>
        <div id="comments"><p>I think that the council has been wasting our money on this for years and that it will never be finished.</p></div>
        <ul class="related-links"><li><a href="/1">Another story about the council and its plans</a></li></ul>
        <footer><p>Copyright and all that, with the address of the paper and the names of the people who run it.</p></footer>)"));
    CHECK(article.body.find("the library would be finished") != std::string::npos);
    CHECK(article.body.find("the pool would be finished") != std::string::npos);
    CHECK(article.body.find("\n\n") != std::string::npos);
    for (const char* boilerplate :
         {"cookies", "Share on Facebook", "newsletter", "wasting our money", "Another story", "Copyright"})
        CHECK_MESSAGE(article.body.find(boilerplate) == std::string::npos, boilerplate);
}

TEST_CASE("html: a list of links is boilerplate even without a hint; short text between prose is kept") {
    const auto article = only_article(read(
        "<div>" + prose("school") + "<p>Work starts in May.</p>" + prose("hall") +
        R"(</div><div><a href="/1">Ten things to do this weekend in the city and around</a> <a href="/2">The best cafes in town, chosen by our readers</a></div>)"));
    CHECK(article.body.find("Work starts in May.") != std::string::npos);
    CHECK(article.body.find("Ten things") == std::string::npos);
}

TEST_CASE("html: <br><br> separates paragraphs; scripts and styles never reach the body") {
    const auto article =
        only_article(read("<body><script>var x = 'the council said that';</script><style>p { color: red }</style><font>"
                          "The council said on Tuesday that the bridge would be finished by the end of the year, and "
                          "that it had asked for more money.<br><br>"
                          "It also said that the work on the road, which was delayed in the spring, would start again "
                          "in the autumn of this year.</font></body>"));
    CHECK(article.body.find("more money.\n\nIt also said") != std::string::npos);
    CHECK(article.body.find("var x") == std::string::npos);
    CHECK(article.body.find("color") == std::string::npos);
}

TEST_CASE("html: a leading dateline becomes the dateline field and its agency the source") {
    const auto article =
        only_article(read("<p>NEW DELHI, Nov. 18 (Reuters) - India said on Tuesday that the reservoirs were full after "
                          "the rains, and that "
                          "the winter crop would be larger than it was in the last year.</p>"));
    CHECK(article.dateline == "NEW DELHI");
    CHECK(article.source == "Reuters");
    CHECK(article.body.starts_with("India said on Tuesday"));
    CHECK(!find_dateline("Mr. Smith - who was there - said so."));
    CHECK(find_dateline("Berlin (dpa) - Die Bahn will mehr.")->place == "Berlin");
    CHECK(find_dateline("PORT ELLIS -- The town's co-operative...")->place == "PORT ELLIS");
}

TEST_CASE("html: a page without article text is reported, not stored empty") {
    const auto result = read(
        "<html><head><title>Gallery</title></head><body><nav><a href=/>Home</a></nav>"
        "<figure><img src=a.jpg><figcaption>Leaves</figcaption></figure></body></html>");
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].reason.starts_with("no article text found"));
    CHECK(result.problems[0].severity == ReadProblem::Severity::ArticleSkipped);
    CHECK(read("").problems.size() == 1);
}

TEST_CASE("html: absurdly deep nesting is refused without parsing; ordinary depth is read") {
    std::string deep;
    for (int i = 0; i < 30000; ++i) deep += "<div>";
    const auto result = read(deep + "text");
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].reason.find("nested") != std::string::npos);
    std::string nested;
    for (int i = 0; i < 500; ++i) nested += "<div>";
    CHECK(read(nested + prose("tunnel")).articles.size() == 1);
}

TEST_CASE("html: language from <html lang>, as a Snowball name") {
    CHECK(only_article(read("<html lang=\"de-AT\"><body>" + prose("Brücke") + "</body></html>")).language == "german");
    CHECK(html::language_of_code("xx") == "");
}

TEST_CASE("html and warc: detected from the first bytes") {
    CHECK(looks_like_html("\xEF\xBB\xBF  <!DOCTYPE html><html>"));
    CHECK(looks_like_html("<!-- generator --><HTML lang=en>"));
    CHECK(looks_like_html("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"x\"><html>"));
    CHECK(looks_like_html("<meta charset=utf-8><title>x</title>"));
    CHECK(!looks_like_html("<header>not a page start</header>"));
    CHECK(!looks_like_html("<DOC><DOCNO>1</DOCNO>"));
    CHECK(looks_like_warc("WARC/1.0\r\nWARC-Type: warcinfo\r\n"));
    CHECK(looks_like_warc("WARC/1.1\r\n"));
    CHECK(!looks_like_warc("WARC/2.5\r\n"));
    CHECK(detect_input_format("x.txt", "<!doctype html><p>x") == InputFormat::Html);
    CHECK(detect_input_format("x.bin", "WARC/1.0\r\n") == InputFormat::Warc);
    CHECK(detect_input_format("x.htm", "<div>fragment</div>") == InputFormat::Html);
    CHECK(parse_input_format("html") == InputFormat::Html);
    CHECK(parse_input_format("warc") == InputFormat::Warc);
}

}  // namespace morgue::readers
