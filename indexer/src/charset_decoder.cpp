#include "charset_decoder.hpp"

#include <morgue/error.hpp>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <array>
#include <memory>

namespace morgue {
namespace {

constexpr std::size_t kRememberedReplacements = 5;
constexpr std::size_t kChunk = 1 << 16;

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Converter open_converter(const std::string& name) {
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(name.c_str(), &status), &ucnv_close);
    if (U_FAILURE(status)) converter.reset();
    return converter;
}

// Counts what the converter could not map, then substitutes U+FFFD as ICU's default callback does.
struct ReplacementCounter {
    const char* base = nullptr;
    DecodedText* decoded = nullptr;
};

void count_replacement(const void* context, UConverterToUnicodeArgs* args, const char* code_units, int32_t length,
                       UConverterCallbackReason reason, UErrorCode* status) {
    if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing was lost
    const auto* counter = static_cast<const ReplacementCounter*>(context);
    DecodedText& decoded = *counter->decoded;
    if (decoded.replaced_at.size() < kRememberedReplacements) {
        // args->source is just past the bad sequence, which is `length` bytes long.
        decoded.replaced_at.push_back(static_cast<std::size_t>(args->source - counter->base) -
                                      static_cast<std::size_t>(length));
    }
    ++decoded.replaced;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, status);
}

bool is_decodable_guess(std::string_view name) {
    return !name.starts_with("UTF-16") && !name.starts_with("UTF-32") && !name.starts_with("ISO-2022") &&
           !name.starts_with("IBM4");  // IBM420/424: EBCDIC Arabic and Hebrew, never a news text file
}

}  // namespace

std::vector<CharsetGuess> guess_charsets(std::string_view head) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status)) return {};
    ucsdet_enableInputFilter(detector.get(), true);  // markup (<DOC>, <p>) says nothing of the charset
    ucsdet_setText(detector.get(), head.data(), static_cast<int32_t>(head.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    std::vector<CharsetGuess> guesses;
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const char* name = ucsdet_getName(matches[i], &status);
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_SUCCESS(status) && name && is_decodable_guess(name)) guesses.push_back({name, confidence});
    }
    return guesses;
}

DecodedText decode_charset(std::string_view bytes, const std::string& charset, std::size_t give_up_after) {
    Converter source = open_converter(charset);
    Converter utf8 = open_converter("UTF-8");
    if (!source || !utf8) throw Error("ICU has no converter for " + charset);
    DecodedText decoded;
    ReplacementCounter counter{bytes.data(), &decoded};
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(source.get(), count_replacement, &counter, nullptr, nullptr, &status);
    std::array<UChar, kChunk / 2> pivot{};
    UChar* pivot_source = pivot.data();
    UChar* pivot_target = pivot.data();
    const char* in = bytes.data();
    const char* const in_end = bytes.data() + bytes.size();
    std::array<char, kChunk> out{};
    bool reset = true;
    for (;;) {  // converts chunk by chunk, so a big file needs no intermediate UTF-16 copy
        char* target = out.data();
        status = U_ZERO_ERROR;
        ucnv_convertEx(utf8.get(), source.get(), &target, out.data() + out.size(), &in, in_end, pivot.data(),
                       &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset, true, &status);
        reset = false;
        decoded.utf8.append(out.data(), static_cast<std::size_t>(target - out.data()));
        if (decoded.replaced > give_up_after) {
            decoded.complete = false;
            return decoded;
        }
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(status)) throw Error(std::string("decoding ") + charset + " failed: " + u_errorName(status));
        return decoded;
    }
}

std::string canonical_charset_name(const std::string& name) {
    if (const Converter converter = open_converter(name)) {
        // ICU's own name of a converter is internal ("ibm-5348_P100-1997"): show the IANA one.
        UErrorCode status = U_ZERO_ERROR;
        const char* internal = ucnv_getName(converter.get(), &status);
        const char* iana = U_SUCCESS(status) ? ucnv_getStandardName(internal, "IANA", &status) : nullptr;
        return U_SUCCESS(status) && iana ? iana : name;
    }
    throw Error("unknown encoding '" + name +
                "' (for example: UTF-8, GB18030, GBK, Big5, Shift_JIS, EUC-JP, EUC-KR, KOI8-R, windows-1251, "
                "windows-1252, ISO-8859-2)");
}

}  // namespace morgue
