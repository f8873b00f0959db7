// GET / serves the search page, whole. The page itself is tested in a real browser by
// search_page_browser.py (headless Chromium over WebDriver), which types, clicks and pages.
#include "running_server.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

namespace morgue::serve_test {
namespace {

std::string sample_database(const testing::TempDir& dir) {
    const std::string db = dir / "page.db";
    const auto indexed = testing::run_child(MORGUE_INDEX_BIN,
                                            {"--db", db, std::string(MORGUE_SOURCE_DIR) + "/corpora/jsonl/sample.jsonl"},
                                            testing::within(std::chrono::minutes(5)));
    REQUIRE(indexed.exit_code == 0);
    return db;
}

}  // namespace

TEST_CASE("serve: GET / is the search page, self-contained") {
    testing::TempDir dir;
    RunningServer server(sample_database(dir));
    auto client = server.client();
    const auto page = client.Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->body.find("<input id=\"q\"") != std::string::npos);
    CHECK(page->body.find("fetch(\"/search?") != std::string::npos);
    CHECK(page->body.find("src=\"http") == std::string::npos);  // nothing loaded from elsewhere
}

}  // namespace morgue::serve_test
