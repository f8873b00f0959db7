#include "readers/warc_reader.hpp"

#include "readers/html/html_article.hpp"
#include "readers/http_response.hpp"
#include "readers/sgml_text.hpp"
#include "readers/warc_records.hpp"

namespace morgue::readers {
namespace {

bool is_html_type(std::string_view type) {
    return type == "text/html" || type == "application/xhtml+xml";
}

// The URI as written; WARC/1.1 drafts put it in angle brackets.
std::string target_uri(const warc::Record& record) {
    std::string_view uri = record.field("warc-target-uri").value_or("");
    if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
    return std::string(uri);
}

class WarcReader {
public:
    WarcReader(const SourceText& source, const ReadCallbacks& callbacks)
        : source_(source), callbacks_(callbacks), lines_(source.text) {}

    void read() {
        warc::for_each_record(
            source_.text, [this](const warc::Record& record) { read_record(record); },
            [this](std::size_t offset, std::string reason) { report(offset, std::move(reason)); });
        report_skipped();
    }

private:
    void read_record(const warc::Record& record) {
        if (record.field("warc-type") != "response") {
            ++other_records_;
            return;
        }
        const std::optional<HttpResponse> response = parse_http_response(record.block);
        if (!response) {
            if (record.block.starts_with("HTTP/"))
                report(record.offset, "WARC response record holds no readable HTTP response; skipped");
            else
                ++other_records_;  // a DNS or FTP response, not a web page
            return;
        }
        if (response->status != 200) {
            ++not_ok_;
            return;
        }
        if (!is_html_type(response->content_type)) {
            ++not_html_;
            return;
        }
        const std::string uri = target_uri(record);
        if (!response->content_encoding.empty() && response->content_encoding != "identity") {
            report(record.offset, "the page " + uri + " is stored " + response->content_encoding +
                                      "-compressed (Content-Encoding), which is not decoded; skipped");
            return;
        }
        html::HtmlReading reading = html::read_html_article(response->body);
        const std::size_t payload = record.block_offset + response->body_offset;
        if (!reading.article) {
            report(std::min(payload + reading.problem_offset, source_.text.size()), uri + ": " + reading.problem);
            return;
        }
        Article& article = *reading.article;
        if (!uri.empty()) article.id = uri;
        if (article.id.empty()) article.id = source_.path + "#" + std::to_string(record.offset);
        if (!article.date) article.date = parse_date(record.field("warc-date").value_or(""));
        callbacks_.article(std::move(article), lines_.line_at(record.offset));
    }

    void report(std::size_t offset, std::string reason,
                ReadProblem::Severity severity = ReadProblem::Severity::ArticleSkipped) {
        // Problems come in file order, except the closing note at offset 0.
        const std::size_t line = offset == 0 ? 1 : lines_.line_at(offset);
        callbacks_.problem(ReadProblem{source_.path, line, offset, std::move(reason), severity});
    }

    void report_skipped() {
        const std::size_t skipped = other_records_ + not_ok_ + not_html_;
        if (skipped == 0) return;
        report(0,
               "skipped " + std::to_string(skipped) +
                   " WARC records that hold no HTML page: " + std::to_string(other_records_) +
                   " not HTTP responses (requests, metadata...), " + std::to_string(not_ok_) +
                   " with an HTTP status other than 200, " + std::to_string(not_html_) + " not HTML",
               ReadProblem::Severity::Repaired);
    }

    const SourceText& source_;
    const ReadCallbacks& callbacks_;
    sgml::LineCounter lines_;
    std::size_t other_records_ = 0;
    std::size_t not_ok_ = 0;
    std::size_t not_html_ = 0;
};

}  // namespace

void read_warc(const SourceText& source, const ReadCallbacks& callbacks) {
    WarcReader(source, callbacks).read();
}

}  // namespace morgue::readers
