// The search page in a real browser: headless Chromium loads it, runs its script against the
// server and the DOM it dumps is checked. The page keeps its state in the URL's fragment, so a
// typed query, a clicked facet and the next page are each one URL. Skipped without chromium.
#include "running_server.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

namespace morgue::serve_test {
namespace {

std::string find_chromium() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin";
    for (std::size_t start = 0; start <= dirs.size();) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        for (const char* name : {"chromium", "chromium-browser"}) {
            const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / name;
            if (std::filesystem::exists(candidate)) return candidate.string();
        }
        start = end + 1;
    }
    return {};
}

std::string sample_database(const testing::TempDir& dir) {
    const std::string db = dir / "page.db";
    const auto indexed = testing::run_child(MORGUE_INDEX_BIN,
                                            {"--db", db, std::string(MORGUE_SOURCE_DIR) + "/corpora/jsonl/sample.jsonl"},
                                            testing::within(std::chrono::minutes(5)));
    REQUIRE(indexed.exit_code == 0);
    return db;
}

std::string browse(const std::string& chromium, const testing::TempDir& dir, const std::string& url,
                   const std::string& screenshot = {}) {
    std::vector<std::string> args{"--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
                                  "--user-data-dir=" + (dir / "profile"), "--window-size=420,900"};
    args.push_back(screenshot.empty() ? "--dump-dom" : "--screenshot=" + screenshot);
    args.push_back(url);
    const auto result = testing::run_child(chromium, args, testing::within(std::chrono::minutes(2)));
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
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

TEST_CASE("serve: the search page in headless Chromium") {
    const std::string chromium = find_chromium();
    if (chromium.empty()) {
        MESSAGE("SKIPPED: chromium is not installed (apt-get install chromium to run this test)");
        return;
    }
    testing::TempDir dir;
    RunningServer server(sample_database(dir));
    const std::string base = "http://127.0.0.1:" + std::to_string(server.port()) + "/";

    const std::string searched = browse(chromium, dir, base + "#q=cocoa");
    CHECK(searched.find("class=\"hit\"") != std::string::npos);
    CHECK(searched.find("Port strike delays <em>cocoa</em>") == std::string::npos);  // headlines are text
    CHECK(searched.find("Port strike delays cocoa shipments") != std::string::npos);
    CHECK(searched.find("<em>cocoa</em>") != std::string::npos);  // the snippet's highlight is markup
    CHECK(searched.find("id=\"facet-topic\"") != std::string::npos);

    const std::string filtered = browse(chromium, dir, base + "#q=cocoa&filter=topic%3Acocoa");
    CHECK(filtered.find("class=\"filter\">topic:cocoa") != std::string::npos);
    CHECK(filtered.find("Port strike delays cocoa shipments") != std::string::npos);

    const std::string refused = browse(chromium, dir, base + "#q=%22cocoa");
    CHECK(refused.find("bad query: unterminated phrase") != std::string::npos);

    const std::string screenshot = dir / "search-page.png";
    browse(chromium, dir, base + "#q=cocoa", screenshot);
    CHECK(std::filesystem::file_size(screenshot) > 1000);
}

}  // namespace morgue::serve_test
