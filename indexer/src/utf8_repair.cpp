#include "utf8_repair.hpp"
#include "charset_decoder.hpp"
#include "readers/reader.hpp"

#include <morgue/error.hpp>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <memory>

namespace morgue {
namespace {

constexpr std::size_t kReportedRepairsPerFile = 5;
// How much is looked at to guess a charset: ICU's detector needs a few hundred bytes of text.
constexpr std::size_t kCharsetSniffBytes = 1 << 16;

// "A handful" of characters that may be replaced or guessed in a file before its reading is
// no longer a repair but a wrong charset: 8, or 0.1% of a big file.
std::size_t handful(std::size_t bytes) { return std::max<std::size_t>(8, bytes / 1000); }

struct Scan {
    std::size_t invalid = 0;
    std::size_t valid_multibyte = 0;
    std::size_t high_bytes = 0;  // bytes >= 0x80
    std::size_t first_invalid = 0;
    bool has_nul = false;
};

Scan scan(const std::string& text) {
    Scan result;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        result.high_bytes += static_cast<std::size_t>(std::count_if(
            bytes + start, bytes + i, [](uint8_t byte) { return byte >= 0x80; }));
        if (c < 0 && result.invalid++ == 0) result.first_invalid = static_cast<std::size_t>(start);
        if (c < 0) continue;
        if (i - start > 1) ++result.valid_multibyte;
        if (c == 0) result.has_nul = true;
    }
    return result;
}

std::string convert_to_utf8(const std::string& text, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding, &status), &ucnv_close);
    if (U_FAILURE(status)) throw Error(std::string("ICU has no converter for ") + encoding);
    icu::UnicodeString decoded(text.data(), static_cast<int32_t>(text.size()), converter.get(), status);
    std::string out;
    decoded.toUTF8String(out);
    return out;
}

// The UTF-8 for each byte 0x80..0xFF read as Windows-1252.
std::array<std::string, 128> windows_1252_table() {
    std::array<std::string, 128> table;
    for (std::size_t i = 0; i < table.size(); ++i) table[i] = convert_to_utf8(std::string(1, static_cast<char>(0x80 + i)), "windows-1252");
    return table;
}

// Replaces each invalid byte: by its Windows-1252 reading when the file has no valid multi-byte
// sequence at all (an old single-byte archive), by U+FFFD otherwise (a stray byte in UTF-8 text).
void replace_invalid(std::string& text, const std::string& path, std::vector<ReadProblem>& problems, bool as_windows_1252) {
    const auto table = as_windows_1252 ? windows_1252_table() : std::array<std::string, 128>{};
    std::string out;
    out.reserve(text.size() + 16);
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    std::size_t repairs = 0;
    std::size_t line = 1;
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0) {
            if (c == '\n') ++line;
            out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
            continue;
        }
        i = start + 1;  // one byte at a time, so each is read or replaced on its own
        const std::string replacement = as_windows_1252 ? table[bytes[start] - 0x80] : "\xEF\xBF\xBD";
        out += replacement;
        if (repairs++ < kReportedRepairsPerFile) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", bytes[start]);
            problems.push_back({path, line, static_cast<std::size_t>(start),
                                std::string("byte ") + hex + " is not valid UTF-8; " +
                                    (as_windows_1252 ? "read as Windows-1252 \"" + replacement + "\"" : "replaced by U+FFFD"),
                                ReadProblem::Severity::Repaired});
        }
    }
    if (repairs > kReportedRepairsPerFile)
        problems.push_back({path, 0, 0, std::to_string(repairs - kReportedRepairsPerFile) + " more bytes that are not UTF-8 repaired the same way",
                            ReadProblem::Severity::Repaired});
    text = std::move(out);
}

std::string hex_byte(uint8_t byte) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", byte);
    return hex;
}

// Reports the characters a charset decoding replaced (at most a handful, or it was not used).
void report_replacements(const DecodedText& decoded, std::string_view raw, const std::string& charset, const std::string& path,
                         std::vector<ReadProblem>& problems) {
    for (const std::size_t offset : decoded.replaced_at)
        problems.push_back({path, readers::line_at(raw, offset), offset,
                            "byte " + hex_byte(static_cast<uint8_t>(raw[offset])) + " is not valid " + charset + "; replaced by U+FFFD",
                            ReadProblem::Severity::Repaired});
    if (decoded.replaced > decoded.replaced_at.size())
        problems.push_back({path, 0, 0,
                            std::to_string(decoded.replaced - decoded.replaced_at.size()) + " more byte sequences that are not " +
                                charset + " replaced the same way",
                            ReadProblem::Severity::Repaired});
}

std::string decode_forced(std::string& text, const std::string& path, std::vector<ReadProblem>& problems, const std::string& charset) {
    DecodedText decoded = decode_charset(text, charset, handful(text.size()));
    if (!decoded.complete)
        throw InputError(path + ": more than " + std::to_string(handful(text.size())) + " byte sequences are not valid " + charset +
                         " (the first at byte " + std::to_string(decoded.replaced_at.at(0)) +
                         "); not indexed: is --encoding " + charset + " right for this file?");
    report_replacements(decoded, text, charset, path, problems);
    text = std::move(decoded.utf8);
    return charset;
}

// Neither UTF-8 nor ASCII with a few stray bytes: the first charset ICU guesses that decodes the
// whole file with at most a handful of replacements.
std::string decode_guessed(std::string& text, const std::string& path, std::vector<ReadProblem>& problems, const Scan& found) {
    const std::string_view head = std::string_view(text).substr(0, kCharsetSniffBytes);
    std::string tried;
    for (CharsetGuess& guess : guess_charsets(head)) {
        // ICU cannot tell ISO-8859-15 from -1, but byte 0xA4 tells: the euro sign in -15, in -1 the
        // currency sign "¤" that no news text uses.
        if (guess.name == "ISO-8859-1" && text.find('\xA4') != std::string::npos) guess.name = "ISO-8859-15";
        DecodedText decoded = decode_charset(text, guess.name, handful(text.size()));
        if (decoded.complete) {
            report_replacements(decoded, text, guess.name, path, problems);
            text = std::move(decoded.utf8);
            return guess.name;
        }
        tried += (tried.empty() ? "" : ", ") + guess.name;
    }
    throw InputError(path + ": cannot tell its encoding: not UTF-8 (" + std::to_string(found.invalid) +
                     " invalid byte sequences, the first at byte " + std::to_string(found.first_invalid) + ")" +
                     (tried.empty() ? std::string(", and ICU's charset detector has no guess")
                                    : ", nor any charset ICU's detector suggests (" + tried + ") without replacing many characters") +
                     "; not indexed: name its charset with --encoding");
}

}  // namespace

std::string repair_utf8(std::string& text, const std::string& path, std::vector<ReadProblem>& problems, const std::string& forced_charset) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    std::string read_as = "UTF-8";
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        read_as = text.starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
        // ICU's "UTF-16" converter reads the byte-order mark and drops it.
        text = convert_to_utf8(text, "UTF-16");
        problems.push_back({path, 0, 0, "UTF-16 text converted to UTF-8", ReadProblem::Severity::Repaired});
    }
    if (text.size() > static_cast<std::size_t>(INT32_MAX))
        throw InputError(path + ": file is larger than 2 GiB; split it into smaller files");
    const Scan found = scan(text);
    if (found.has_nul) {  // 0x00 is NUL in every charset read here, so this may come before decoding
        problems.push_back({path, 0, text.find('\0'), "NUL bytes replaced by spaces", ReadProblem::Severity::Repaired});
        std::replace(text.begin(), text.end(), '\0', ' ');
    }
    const bool forced_utf8 = forced_charset.empty() || forced_charset == "UTF-8";
    if (!forced_utf8 && read_as == "UTF-8") return decode_forced(text, path, problems, forced_charset);
    if (found.invalid == 0) return read_as;
    const bool stray_bytes_in_utf8 = found.valid_multibyte > 0 && found.invalid <= handful(text.size());
    const bool stray_bytes_in_ascii = found.valid_multibyte == 0 && found.high_bytes <= handful(text.size());
    if (forced_utf8 && !forced_charset.empty()) {
        if (found.invalid > handful(text.size()))
            throw InputError(path + ": " + std::to_string(found.invalid) + " byte sequences are not valid UTF-8 (the first at byte " +
                             std::to_string(found.first_invalid) + "); not indexed: is --encoding UTF-8 right for this file?");
        replace_invalid(text, path, problems, false);
        return read_as;
    }
    if (stray_bytes_in_utf8 || stray_bytes_in_ascii) {
        replace_invalid(text, path, problems, stray_bytes_in_ascii);
        return stray_bytes_in_ascii ? "windows-1252" : read_as;
    }
    return decode_guessed(text, path, problems, found);
}

}  // namespace morgue
