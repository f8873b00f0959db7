#include "language_detector.hpp"

#include <morgue/language.hpp>

#include <cstdio>  // before CLD2's header, which uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace morgue {
namespace {

// CLD2's own summary prefers a language other than English when English text holds a good part of
// another (web pages' English boilerplate); in news, English with foreign names and quotes is
// English. So the top language by share of text is taken, and only where it clearly dominates.
constexpr int kMinPercent = 70;
// Fewer letters than this are too few to tell (about 15 words, or 33 CJK characters).
constexpr int kMinTextBytes = 100;

// Cuts `text` to at most `limit` bytes between two UTF-8 characters: CLD2 gives up on invalid UTF-8.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

}  // namespace

std::optional<std::string> detect_language(const Article& article) {
    std::string text = article.headline;
    text += '\n';
    text.append(utf8_prefix(article.body, kMaxDetectedBytes));
    text.resize(utf8_prefix(text, kMaxDetectedBytes).size());
    const CLD2::CLDHints no_hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language top[3] = {};
    int percent[3] = {};
    double normalized_score[3] = {};
    int text_bytes = 0;
    bool reliable = false;
    int valid_prefix_bytes = 0;
    CLD2::ExtDetectLanguageSummaryCheckUTF8(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &no_hints,
                                            /*flags=*/0, top, percent, normalized_score, /*resultchunkvector=*/nullptr,
                                            &text_bytes, &reliable, &valid_prefix_bytes);
    if (!reliable || top[0] == CLD2::UNKNOWN_LANGUAGE || percent[0] < kMinPercent || text_bytes < kMinTextBytes)
        return std::nullopt;
    const LanguageInfo* language = find_language(CLD2::LanguageCode(top[0]));
    if (language == nullptr) return std::nullopt;
    return std::string(language->name);
}

}  // namespace morgue
