#include "utf8_repair.hpp"
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

struct Scan {
    std::size_t invalid = 0;
    std::size_t valid_multibyte = 0;
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
        if (c < 0) ++result.invalid;
        else if (i - start > 1) ++result.valid_multibyte;
        else if (c == 0) result.has_nul = true;
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

}  // namespace

void repair_utf8(std::string& text, const std::string& path, std::vector<ReadProblem>& problems) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        // ICU's "UTF-16" converter reads the byte-order mark and drops it.
        text = convert_to_utf8(text, "UTF-16");
        problems.push_back({path, 0, 0, "UTF-16 text converted to UTF-8", ReadProblem::Severity::Repaired});
    }
    if (text.size() > static_cast<std::size_t>(INT32_MAX))
        throw InputError(path + ": file is larger than 2 GiB; split it into smaller files");
    const Scan found = scan(text);
    if (found.has_nul) {
        problems.push_back({path, 0, text.find('\0'), "NUL bytes replaced by spaces", ReadProblem::Severity::Repaired});
        std::replace(text.begin(), text.end(), '\0', ' ');
    }
    if (found.invalid == 0) return;
    replace_invalid(text, path, problems, found.valid_multibyte == 0);
}

}  // namespace morgue
