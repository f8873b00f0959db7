// The programs on the project's HTML pages (corpora/html) and WARC archive (corpora/warc).
#include "programs.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace morgue::e2e {
namespace {

// The pages one by one: corpora/html also holds truth.jsonl, which is not an article.
std::vector<std::string> web_inputs() {
    std::vector<std::string> inputs;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpora" / "html"))
        if (entry.path().extension() == ".html") inputs.push_back(entry.path().string());
    std::sort(inputs.begin(), inputs.end());
    inputs.push_back((source_dir() / "corpora" / "warc" / "sample.warc.gz").string());
    return inputs;
}

struct WebDb {
    TempDir dir;
    std::string db = dir / "web";
    ProgramResult indexing = morgue_index(db, web_inputs());
};

const WebDb& web() {
    static const WebDb db;
    return db;
}

}  // namespace

TEST_CASE("web pages: the HTML pages and the WARC's three pages are indexed; the page without text is reported") {
    INFO(web().indexing.err);
    // 18 pages with text + 1 gallery page; the WARC's 3 pages (its warcinfo, 3 requests, a 404 and a
    // JSON response skipped), two of them the same articles as pages in corpora/html (same canonical
    // URL as WARC-Target-URI): ids are unique in a run, so those two are reported and skipped.
    CHECK(web().indexing.err.find("indexed 19 articles (19 new, 0 replaced) from 20 files") != std::string::npos);
    CHECK(web().indexing.err.find("which is kept (ids must be unique in a database)") != std::string::npos);
    CHECK(web().indexing.err.find("19_gallery_no_text.html:1 (byte 0): no article text found") != std::string::npos);
    CHECK(web().indexing.err.find("skipped 6 WARC records that hold no HTML page: 4 not HTTP responses") !=
          std::string::npos);
    CHECK(web().indexing.exit_code == 1);  // one page could not be read
}

}  // namespace morgue::e2e
