// morgue-index on the charset samples (corpora/charsets): each file's charset detected and shown
// with --verbose and counted in the summary, and its words found by morgue-search.
#include "programs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

namespace morgue::e2e {
namespace {

// The encoded samples (the folder's top level; utf8/ holds their originals).
std::vector<std::string> encoded_samples() {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpora" / "charsets"))
        if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

struct CharsetDb {
    TempDir dir;
    std::string db = dir / "charsets";
    ProgramResult indexing = [this] {
        std::vector<std::string> args{"--verbose"};
        const auto files = encoded_samples();
        args.insert(args.end(), files.begin(), files.end());
        return morgue_index(db, args);
    }();
};

const CharsetDb& charsets() {
    static const CharsetDb db;
    return db;
}

std::set<std::string> search_ids(const std::string& query) {
    const nlohmann::json response = search_json(charsets().db, {"--limit", "100", query});  // kept alive for the loop
    std::set<std::string> ids;
    for (const auto& hit : response["hits"]) ids.insert(hit["id"].get<std::string>());
    return ids;
}

}  // namespace

TEST_CASE("charsets: every sample is indexed, its charset shown and counted") {
    const ProgramResult& run = charsets().indexing;
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("indexed 13 articles (13 new, 0 replaced) from 13 files") != std::string::npos);
    CHECK(run.err.find("gbk_zh_port.txt: page, GB18030\n") != std::string::npos);
    CHECK(run.err.find("koi8_r_ru_volga.txt: page, KOI8-R\n") != std::string::npos);
    CHECK(run.err.find("files by format: page 13\n") != std::string::npos);
    CHECK(run.err.find("files by charset: Big5 1 EUC-JP 1 EUC-KR 1 GB18030 2 ISO-8859-1 1 ISO-8859-15 1 ISO-8859-2 1 KOI8-R 1 Shift_JIS 1 "
                       "windows-1250 1 windows-1251 1 windows-1252 1\n") != std::string::npos);
    CHECK(run.err.find("U+FFFD") == std::string::npos);
}

TEST_CASE("charsets: a Chinese word in GBK, a Russian word in KOI8-R and words in the other charsets are found") {
    CHECK(search_ids("集装箱") == std::set<std::string>{"gbk_zh_port.txt"});
    CHECK(search_ids("навигация") == std::set<std::string>{"koi8_r_ru_volga.txt"});  // no lang: not stemmed as Russian
    CHECK(search_ids("Волге") == std::set<std::string>{"koi8_r_ru_volga.txt"});
    CHECK(search_ids("颱風") == std::set<std::string>{"big5_zh_typhoon.txt"});
    CHECK(search_ids("театр") == std::set<std::string>{"windows_1251_ru_theatre.txt"});
    CHECK(search_ids("tramvaj") == std::set<std::string>{"windows_1250_cs_tram.txt"});
    CHECK(search_ids("Brücke") == std::set<std::string>{"iso_8859_1_de_bruecke.txt"});
}

}  // namespace morgue::e2e
