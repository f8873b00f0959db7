#include "snippet.hpp"

#include <doctest/doctest.h>

#include <string>

using morgue::Analyzer;
using morgue::make_snippet;
using morgue::SnippetOptions;

namespace {

SnippetOptions max_bytes(std::size_t bytes) {
    SnippetOptions options;
    options.max_bytes = bytes;
    return options;
}

constexpr std::string_view kOilStory =
    "Oil output fell again in March. Oil ministers met in Vienna and oil traders waited for news. "
    "Meanwhile, in another part of the report, analysts said crude prices rose sharply as oil stocks shrank.";

}  // namespace

TEST_CASE("snippet: a short text is shown whole with stemmed forms highlighted") {
    Analyzer analyzer;
    CHECK(make_snippet(analyzer, "He vowed to fight. The vow was kept.", "english", {"vow"}) ==
          "He <em>vowed</em> to fight. The <em>vow</em> was kept.");
    CHECK(make_snippet(analyzer, "«Oil» is up.", "english", {"oil"}) == "«<em>Oil</em>» is up.");
}

TEST_CASE("snippet: the window with the most distinct query stems wins over repeated ones") {
    Analyzer analyzer;
    // The opening has three "oil"s close together; only the end has both "oil" and "prices".
    CHECK(make_snippet(analyzer, kOilStory, "english", {"oil", "price"}, max_bytes(60)) ==
          "…said crude <em>prices</em> rose sharply as <em>oil</em> stocks shrank.");
    CHECK(make_snippet(analyzer, kOilStory, "english", {"oil", "price"}, max_bytes(1000)) ==
          "<em>Oil</em> output fell again in March. <em>Oil</em> ministers met in Vienna and <em>oil</em> traders "
          "waited for news. Meanwhile, in another part of the report, analysts said crude <em>prices</em> rose "
          "sharply as <em>oil</em> stocks shrank.");
}

TEST_CASE("snippet: equal distinct stems prefer words side by side, then more occurrences, then the earlier passage") {
    Analyzer analyzer;
    constexpr std::string_view text =
        "First gold and silver were quiet. Then, much later in the day, gold, silver and gold all jumped.";
    // "gold, silver and gold" is 21 bytes: it fits in 24 and wins on occurrences...
    CHECK(make_snippet(analyzer, text, "english", {"gold", "silver"}, max_bytes(24)) ==
          "…<em>gold</em>, <em>silver</em> and <em>gold</em>…");
    // ...but not in 20, where both passages hold two matches and the one where they stand side
    // by side (as a phrase's words do) wins over the earlier one.
    CHECK(make_snippet(analyzer, text, "english", {"gold", "silver"}, max_bytes(20)) ==
          "…<em>gold</em>, <em>silver</em> and…");
    CHECK(make_snippet(analyzer, "Gold and silver rose. Later, gold and silver fell.", "english", {"gold", "silver"},
                       max_bytes(16)) == "<em>Gold</em> and <em>silver</em>…");
    CHECK(make_snippet(analyzer, kOilStory, "english", {"oil"}, max_bytes(40)) ==
          "<em>Oil</em> output fell again in March. <em>Oil</em>…");
}

TEST_CASE("snippet: cuts mid-text at word boundaries with an ellipsis on each side") {
    Analyzer analyzer;
    CHECK(make_snippet(analyzer, kOilStory, "english", {"vienna"}, max_bytes(30)) == "…met in <em>Vienna</em> and oil…");
    CHECK(make_snippet(analyzer, "He vowed to fight. The vow was kept.", "english", {"vow", "kept"}, max_bytes(12)) ==
          "…<em>vow</em> was <em>kept</em>…");
}

TEST_CASE("snippet: accented and Chinese text are cut only between characters") {
    Analyzer analyzer;
    constexpr std::string_view french =
        "Le président a été réélu à Genève après une élection très disputée, selon les résultats.";
    CHECK(make_snippet(analyzer, french, "french", {"élect"}, max_bytes(30)) == "…une <em>élection</em> très…");
    CHECK(make_snippet(analyzer, french, "french", {"élect", "genev"}, max_bytes(1000)) ==
          "Le président a été réélu à <em>Genève</em> après une <em>élection</em> très disputée, selon les résultats.");

    constexpr std::string_view chinese = "中国人民银行今天宣布下调存款准备金率。分析人士认为，此举将支持经济增长。";
    CHECK(make_snippet(analyzer, chinese, "none", {"经济"}, max_bytes(30)) == "…此举将支持<em>经济</em>增长。");
    CHECK(make_snippet(analyzer, chinese, "none", {"经济", "银行"}, max_bytes(1000)) ==
          "中国人民<em>银行</em>今天宣布下调存款准备金率。分析人士认为，此举将支持<em>经济</em>增长。");
}

TEST_CASE("snippet: without a matching word the start of the text is shown") {
    Analyzer analyzer;
    CHECK(make_snippet(analyzer, kOilStory, "english", {}, max_bytes(50)) ==
          "Oil output fell again in March. Oil ministers met…");
    CHECK(make_snippet(analyzer, kOilStory, "english", {"zinc"}, max_bytes(50)) ==
          "Oil output fell again in March. Oil ministers met…");
    CHECK(make_snippet(analyzer, "---- *** ----", "english", {}, max_bytes(5)) == "----…");
    CHECK(make_snippet(analyzer, "", "english", {"oil"}) == "");
}

TEST_CASE("snippet: whitespace collapses and invalid UTF-8 is replaced") {
    Analyzer analyzer;
    CHECK(make_snippet(analyzer, "  Line one\n\n\tline   two  \r\n line three ", "english", {"two"}) ==
          "Line one line <em>two</em> line three");
    CHECK(make_snippet(analyzer, "bad \xFF byte oil here", "english", {"oil"}) == "bad \xEF\xBF\xBD byte <em>oil</em> here");
}

TEST_CASE("snippet: markers and ellipsis are configurable") {
    Analyzer analyzer;
    SnippetOptions options;
    options.max_bytes = 30;
    options.highlight_open = "[";
    options.highlight_close = "]";
    options.ellipsis = "...";
    CHECK(make_snippet(analyzer, kOilStory, "english", {"vienna"}, options) == "...met in [Vienna] and oil...");
}

TEST_CASE("snippet: only the first 64 KiB of a huge body are searched for the passage") {
    Analyzer analyzer;
    std::string filler;
    while (filler.size() < morgue::kMaxSnippetSourceBytes) filler += "filler words here. ";
    CHECK(make_snippet(analyzer, "Oil rose. " + filler + "Gold fell.", "english", {"oil", "gold"}, max_bytes(20)) ==
          "<em>Oil</em> rose. filler…");
    CHECK(make_snippet(analyzer, filler + "Gold fell.", "english", {"gold"}, max_bytes(20)) == "filler words here…");
}

TEST_CASE("snippet: a query word matching part of a dotted word marks the whole word") {
    Analyzer analyzer;
    CHECK(make_snippet(analyzer, "Shr 2.77 dlrs in the U.S.", "none", {"77", "u"}) ==
          "Shr <em>2.77</em> dlrs in the <em>U.S</em>.");
}
