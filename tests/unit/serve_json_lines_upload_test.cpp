#include "json_lines_upload.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace morgue::serve {
namespace {

// Collects what an upload hands the writer; refuses articles whose headline is "refuse me".
struct Collected {
    std::vector<std::string> ids;
    std::vector<std::size_t> lines;
    std::vector<std::size_t> batch_sizes;

    JsonLinesUpload::BatchWriter writer() {
        return [this](std::vector<Article>& articles, const std::vector<std::size_t>& at) {
            batch_sizes.push_back(articles.size());
            std::vector<std::string> refused;
            for (std::size_t i = 0; i < articles.size(); ++i) {
                refused.push_back(articles[i].headline == "refuse me" ? "refused by the writer" : "");
                if (refused.back().empty()) ids.push_back(articles[i].id), lines.push_back(at[i]);
            }
            return refused;
        };
    }
};

const std::string kBody = R"({"id": "a", "headline": "One"}
{"id": "b", "headline": "Two", "date": "2010-13-45"}

not json
{"headline": "no id"}
{"id": "c", "headline": "refuse me"}
{"id": "d", "headline": "Four"}
{"id": "e", "headline": "Five, no final newline"})";

}  // namespace

TEST_CASE("serve json lines upload: articles in order, every other line reported with its number") {
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, kBody.size()}) {
        CAPTURE(chunk);
        Collected collected;
        JsonLinesUpload upload(1 << 20, 2, collected.writer());
        for (std::size_t at = 0; at < kBody.size(); at += chunk) upload.feed(std::string_view(kBody).substr(at, chunk));
        upload.finish();
        CHECK(collected.ids == std::vector<std::string>{"a", "d", "e"});
        CHECK(collected.lines == std::vector<std::size_t>{1, 7, 8});
        CHECK(upload.articles_written() == 3);
        REQUIRE(upload.problems().size() == 4);
        CHECK(upload.problems()[0].line == 2);
        CHECK(upload.problems()[0].message == R"(field 'date': "2010-13-45" is not a date)");
        CHECK(upload.problems()[1].line == 4);
        CHECK_MESSAGE(upload.problems()[1].message.starts_with("invalid JSON at column"), upload.problems()[1].message);
        CHECK(upload.problems()[2].line == 5);
        CHECK(upload.problems()[3].line == 6);
        CHECK(upload.problems()[3].message == "refused by the writer");
        for (const std::size_t size : collected.batch_sizes) CHECK(size <= 2);
    }
}

TEST_CASE("serve json lines upload: a line past the limit is refused, not buffered, and the next one is read") {
    Collected collected;
    JsonLinesUpload upload(64, 10, collected.writer());
    upload.feed(R"({"id": "long", "body": ")");
    for (int i = 0; i < 1000; ++i) upload.feed("xxxxxxxxxx");
    upload.feed("\"}\n{\"id\": \"short\"}\n");
    upload.finish();
    CHECK(collected.ids == std::vector<std::string>{"short"});
    REQUIRE(upload.problems().size() == 1);
    CHECK(upload.problems()[0].line == 1);
    CHECK(upload.problems()[0].message == "line is longer than 64 bytes");
}

TEST_CASE("serve json lines upload: an empty body hands nothing on") {
    Collected collected;
    JsonLinesUpload upload(64, 10, collected.writer());
    upload.feed("\n\n  \n");
    upload.finish();
    CHECK(collected.batch_sizes.empty());
    CHECK(upload.articles_written() == 0);
    CHECK(upload.problems().empty());
}

}  // namespace morgue::serve
