#include "readers/warc_reader.hpp"
#include "readers/http_response.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>

#include <string>

namespace morgue::readers {
namespace {

const std::string kPage =
    "<html><head><title>Harbour wall repaired - Bay News</title></head><body><h1>Harbour wall repaired</h1>"
    "<p>The harbour wall that was damaged in the winter storms has been repaired, the port authority said on Monday, "
    "and boats will be able to use the inner basin again from the start of next week.</p></body></html>";

std::string record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& version = "1.0") {
    std::string header = "WARC/" + version + "\r\nWARC-Type: " + type + "\r\nWARC-Date: 2024-04-01T09:30:00Z\r\n";
    if (!uri.empty()) header += "WARC-Target-URI: " + uri + "\r\n";
    return header + "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string http(const std::string& status, const std::string& type, const std::string& body) {
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n\r\n" + body;
}

ReadResult read(std::string text) {
    return read_with(read_warc, SourceText{"crawl.warc", std::move(text)});
}

}  // namespace

TEST_CASE("warc: one article per HTML 200 response; id from WARC-Target-URI, date from WARC-Date") {
    const auto result =
        read(record("warcinfo", "", "software: test\r\n") +
             record("request", "https://bay.example/", "GET / HTTP/1.1\r\n\r\n") +
             record("response", "https://bay.example/", http("200 OK", "text/html; charset=UTF-8", kPage)) +
             record("response", "https://bay.example/gone", http("404 Not Found", "text/html", kPage)) +
             record("response", "https://bay.example/a.png", http("200 OK", "image/png", "PNG")) +
             record("response", "<https://bay.example/two>", http("200 OK", "text/html", kPage), "1.1"));
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].id == "https://bay.example/");  // libarchive would have dropped a URI ending in "/"
    CHECK(result.articles[1].id == "https://bay.example/two");
    CHECK(result.articles[0].headline == "Harbour wall repaired");
    CHECK(result.articles[0].date->to_iso() == "2024-04-01T09:30:00Z");
    CHECK(result.articles[0].body.starts_with("The harbour wall"));
    CHECK(result.articles[0].body.find("HTTP/1.1") == std::string::npos);
    CHECK(result.lines[0] > 1);
    // The skipped records are counted in one note, not reported one by one.
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].severity == ReadProblem::Severity::Repaired);
    CHECK(result.problems[0].reason.find("skipped 4 WARC records") != std::string::npos);
}

TEST_CASE("warc: the page's own date wins over WARC-Date") {
    const std::string page = "<meta property=\"article:published_time\" content=\"2020-02-02\">" + kPage;
    const auto result = read(record("response", "https://bay.example/x", http("200 OK", "text/html", page)));
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].date->to_iso() == "2020-02-02");
}

TEST_CASE("warc: a truncated record is reported and the records before it are kept") {
    const std::string whole = record("response", "https://bay.example/1", http("200 OK", "text/html", kPage));
    const std::string cut = record("response", "https://bay.example/2", http("200 OK", "text/html", kPage));
    const auto result = read(whole + cut.substr(0, cut.size() - 100));
    CHECK(result.articles.size() == 1);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].reason.starts_with("truncated WARC record"));
    CHECK(result.problems[0].byte_offset == whole.size());
}

TEST_CASE("warc: garbage between records and a record without Content-Length are reported; reading goes on") {
    const std::string good = record("response", "https://bay.example/1", http("200 OK", "text/html", kPage));
    const std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n";
    const auto result = read("garbage line\r\n" + good + no_length + good);
    CHECK(result.articles.size() == 2);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].byte_offset == 0);
    CHECK(result.problems[0].reason.starts_with("expected a WARC record here"));
    CHECK(result.problems[1].reason.find("Content-Length") != std::string::npos);
}

TEST_CASE("warc: a page without text, a compressed payload and an unreadable HTTP message are reported") {
    const auto result = read(record("response", "https://bay.example/e", http("200 OK", "text/html", "<html></html>")) +
                             record("response", "https://bay.example/z",
                                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\nxx") +
                             record("response", "https://bay.example/h", "HTTP/1.1 200 OK\r\nno end of header"));
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].reason == "https://bay.example/e: no article text found");
    CHECK(result.problems[1].reason.find("gzip-compressed") != std::string::npos);
    CHECK(result.problems[2].reason.find("no readable HTTP response") != std::string::npos);
}

TEST_CASE("warc: HTTP responses: status, media type, chunked payloads") {
    const auto response = parse_http_response(
        "HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->content_type == "text/html");
    CHECK(response->body == "hello world");
    CHECK(!parse_http_response("GET / HTTP/1.1\r\n\r\n"));
    CHECK(!parse_http_response("HTTP/1.1 abc\r\n\r\n"));
}

}  // namespace morgue::readers
