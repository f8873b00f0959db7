#include "cjk_run.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace morgue {
namespace {

bool is_cjk_character(UChar32 c) {
    // Script extensions, so that marks shared by the kana (ー, ゙) count as kana.
    for (UScriptCode script : {USCRIPT_HAN, USCRIPT_HIRAGANA, USCRIPT_KATAKANA, USCRIPT_HANGUL})
        if (uscript_hasScript(c, script)) return true;
    return false;
}

constexpr int kMaxMarks = 3;

// Marks that belong to the character before them (a combining or half-width voicing mark).
bool attaches_to_previous(UChar32 c) {
    const auto category = u_charType(c);
    return category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK || category == U_ENCLOSING_MARK ||
           c == 0xFF9E || c == 0xFF9F;
}

}  // namespace

bool CjkRun::is_cjk(std::string_view segment) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(segment.data());
    const auto length = static_cast<std::int32_t>(segment.size());
    if (length == 0) return false;
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !is_cjk_character(c)) return false;
    }
    return true;
}

std::size_t CjkRun::add(std::string_view segment, std::uint32_t begin,
                        const std::function<std::string(std::string_view)>& fold) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(segment.data());
    const auto length = static_cast<std::int32_t>(segment.size());
    std::int32_t i = 0;
    while (i < length && characters_.size() < kMaxCharacters) {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        // The marks that follow go along; past kMaxMarks (garbage, not writing) they are covered but
        // left out of the word, so that a character and a pair stay short terms.
        std::int32_t kept_end = i;
        for (std::int32_t next = i, marks = 0; next < length;) {
            UChar32 mark = 0;
            U8_NEXT(bytes, next, length, mark);
            if (!attaches_to_previous(mark)) break;
            i = next;
            if (++marks <= kMaxMarks) kept_end = i;
        }
        std::string folded =
            fold(segment.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(kept_end - start)));
        if (folded.empty()) continue;
        characters_.push_back({std::move(folded), begin + static_cast<std::uint32_t>(start), begin + static_cast<std::uint32_t>(i)});
    }
    return static_cast<std::size_t>(i);
}

std::uint32_t CjkRun::flush(AnalyzerMode mode, std::uint32_t position, const std::function<void(const Token&)>& emit) {
    const auto count = static_cast<std::uint32_t>(characters_.size());
    Token token;
    // The pairs first, so that consecutive pairs are consecutive tokens (as two words of a name are,
    // for byline pair terms), then the characters, each at the position of the pair it starts.
    for (std::uint32_t i = 0; i + 1 < count; ++i) {
        token.word = characters_[i].folded + characters_[i + 1].folded;
        token.position = position + i;
        token.begin = characters_[i].begin;
        token.end = characters_[i + 1].end;
        token.bigram = true;
        emit(token);
    }
    if (mode == AnalyzerMode::Document || count == 1) {
        token.bigram = false;
        for (std::uint32_t i = 0; i < count; ++i) {
            token.word = characters_[i].folded;
            token.position = position + i;
            token.begin = characters_[i].begin;
            token.end = characters_[i].end;
            emit(token);
        }
    }
    characters_.clear();
    return count;
}

}  // namespace morgue
