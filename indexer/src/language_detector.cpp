#include "language_detector.hpp"

#include <morgue/language.hpp>

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

namespace morgue {
namespace {

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
    bool reliable = false;
    int valid_prefix_bytes = 0;
    const CLD2::Language detected = CLD2::DetectLanguageCheckUTF8(text.data(), static_cast<int>(text.size()),
                                                                  /*is_plain_text=*/true, &reliable, &valid_prefix_bytes);
    if (!reliable || detected == CLD2::UNKNOWN_LANGUAGE) return std::nullopt;
    const LanguageInfo* language = find_language(CLD2::LanguageCode(detected));
    if (language == nullptr) return std::nullopt;
    return std::string(language->name);
}

}  // namespace morgue
