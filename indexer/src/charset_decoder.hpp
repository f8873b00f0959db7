#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// Legacy charsets (GB18030/GBK, Big5, Shift_JIS, EUC-JP, EUC-KR, KOI8-R, Windows-125x, ISO-8859-x):
// guessed with ICU's charset detector and decoded with ICU's converters. ICU stays out of this header.

// The charsets ICU's detector proposes for `head` (a file's first bytes), likeliest first, each with
// its confidence (0-100). Only charsets morgue decodes: UTF-16/32 without a byte-order mark and
// ISO-2022 guesses are left out, since a stray byte in ASCII text is often taken for them.
struct CharsetGuess {
    std::string name;  // ICU's name, e.g. "GB18030", "windows-1251"
    int confidence = 0;
};
std::vector<CharsetGuess> guess_charsets(std::string_view head);

// `bytes` decoded from `charset` into UTF-8. Each byte sequence the charset cannot map becomes
// U+FFFD and is counted; decoding stops early (complete = false) once more than
// `give_up_after` were replaced, since the charset is then clearly the wrong one.
struct DecodedText {
    std::string utf8;
    std::size_t replaced = 0;
    std::vector<std::size_t> replaced_at;  // byte offsets in `bytes` of the first few replacements
    bool complete = true;
};
DecodedText decode_charset(std::string_view bytes, const std::string& charset, std::size_t give_up_after);

// ICU's canonical name of a charset the user named ("gbk" -> "GBK", "latin1" -> "ISO-8859-1");
// throws morgue::Error naming some known charsets when ICU has no converter for it.
std::string canonical_charset_name(const std::string& name);

}  // namespace morgue
