// libFuzzer target: text analysis of untrusted text and language detection and names.
// CJK pairs cover characters of the text in order, positions never run backwards by more than a
// run, byte offsets stay inside the text on character boundaries; detection and find_language
// never throw and name only known languages.
#include "fuzz_support.hpp"
#include "language_detector.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/language.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using morgue::fuzz::require;
    static const morgue::Analyzer analyzer;
    const auto source = morgue::fuzz::repaired_source(data, size, "language");
    const std::string& text = source.text;
    for (const auto mode : {morgue::AnalyzerMode::Document, morgue::AnalyzerMode::Query}) {
        std::uint32_t last_position = 0;
        analyzer.for_each_word(text, [&](const morgue::Token& token) {
            require(token.begin < token.end && token.end <= text.size());
            require(morgue::fuzz::is_valid_utf8(std::string_view(text).substr(token.begin, token.end - token.begin)));
            require(!token.word.empty() && morgue::fuzz::is_valid_utf8(token.word));
            require(token.word.size() <= morgue::Analyzer::kMaxWordBytes || token.bigram);
            if (mode == morgue::AnalyzerMode::Query) require(token.position >= last_position);
            last_position = token.position;
        }, mode);
    }
    morgue::Article article;
    article.body = text;
    if (const auto detected = morgue::detect_language(article)) require(morgue::find_language(*detected) != nullptr);
    if (const morgue::LanguageInfo* language = morgue::find_language(text)) require(!language->name.empty());
    return 0;
}
