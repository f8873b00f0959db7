// Charsets: each sample in corpora/charsets decodes byte-exactly to its UTF-8 original, and the
// old repairs (a stray byte in UTF-8, a stray high byte in ASCII) stay repairs.
#include "utf8_repair.hpp"

#include <doctest/doctest.h>

#include <morgue/error.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace morgue {
namespace {

const std::filesystem::path kCharsets = std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "charsets";

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Sample {
    const char* file;
    const char* detected;
};

// ISO-8859-15 differs from ISO-8859-1 only in eight letters (€, œ, ...); its sample has a euro sign.
constexpr Sample kSamples[] = {
    {"gbk_zh_port.txt", "GB18030"},
    {"gb18030_zh_library.txt", "GB18030"},
    {"big5_zh_typhoon.txt", "Big5"},
    {"shift_jis_ja_cherry.txt", "Shift_JIS"},
    {"euc_jp_ja_railway.txt", "EUC-JP"},
    {"euc_kr_ko_market.txt", "EUC-KR"},
    {"koi8_r_ru_volga.txt", "KOI8-R"},
    {"windows_1251_ru_theatre.txt", "windows-1251"},
    {"windows_1250_cs_tram.txt", "windows-1250"},
    {"iso_8859_2_pl_floods.txt", "ISO-8859-2"},
    {"windows_1252_fr_vendanges.txt", "windows-1252"},
    {"iso_8859_1_de_bruecke.txt", "ISO-8859-1"},
    {"iso_8859_15_fr_prix.txt", "ISO-8859-15"},
};

}  // namespace

TEST_CASE("charset: every sample decodes byte-exactly to its UTF-8 original") {
    for (const Sample& sample : kSamples) {
        CAPTURE(sample.file);
        std::string text = file_bytes(kCharsets / sample.file);
        const std::string original = file_bytes(kCharsets / "utf8" / sample.file);
        REQUIRE(text != original);  // really encoded
        std::vector<ReadProblem> problems;
        const std::string read_as = repair_utf8(text, sample.file, problems, "");
        CHECK(read_as == sample.detected);
        CHECK(text == original);
        CHECK(problems.empty());
    }
}

TEST_CASE("charset: a UTF-8 file with one bad byte stays UTF-8, the byte becomes U+FFFD") {
    std::string text = file_bytes(kCharsets / "utf8" / "shift_jis_ja_cherry.txt");
    text.insert(30, "\xFC");
    std::vector<ReadProblem> problems;
    CHECK(repair_utf8(text, "one-bad-byte.txt", problems) == "UTF-8");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].reason == "byte 0xFC is not valid UTF-8; replaced by U+FFFD");
    CHECK(text.find("\xEF\xBF\xBD") == 30);
}

TEST_CASE("charset: ASCII with a stray high byte is read as Windows-1252, with a warning naming the byte") {
    std::string text = "Trade talks in Zurich resumed on Monday, the ministry said.\nThe Gr\xFCne party objected.\n";
    std::vector<ReadProblem> problems;
    CHECK(repair_utf8(text, "reut.sgm", problems) == "windows-1252");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].reason == "byte 0xFC is not valid UTF-8; read as Windows-1252 \"ü\"");
    CHECK(problems[0].line == 2);
    CHECK(text.find("Grüne") != std::string::npos);
}

TEST_CASE("charset: GBK text is decoded, never turned into U+FFFD") {
    std::string text = file_bytes(kCharsets / "gbk_zh_port.txt");
    std::vector<ReadProblem> problems;
    repair_utf8(text, "gbk.txt", problems);
    CHECK(text.find("\xEF\xBF\xBD") == std::string::npos);
    CHECK(text.find("集装箱") != std::string::npos);
}

TEST_CASE("charset: a wrong --encoding that would replace many characters is refused, not indexed") {
    std::string text = file_bytes(kCharsets / "gbk_zh_port.txt");
    std::vector<ReadProblem> problems;
    try {
        repair_utf8(text, "gbk.txt", problems, "UTF-8");
        FAIL("not refused");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("is --encoding UTF-8 right for this file?") != std::string::npos);
    }
    std::string french = file_bytes(kCharsets / "windows_1252_fr_vendanges.txt");
    CHECK_THROWS_AS(repair_utf8(french, "fr.txt", problems, "EUC-KR"), InputError);
}

TEST_CASE("charset: --encoding with a handful of bad sequences decodes and reports each") {
    std::string text = file_bytes(kCharsets / "euc_kr_ko_market.txt");
    text.insert(text.size() / 2, "\xFF\xFF");
    std::vector<ReadProblem> problems;
    CHECK(repair_utf8(text, "ko.txt", problems, "EUC-KR") == "EUC-KR");
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].reason.find("is not valid EUC-KR; replaced by U+FFFD") != std::string::npos);
    CHECK(text.find("전통시장") != std::string::npos);
}

}  // namespace morgue
