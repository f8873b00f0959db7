#include <morgue/length_norm.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace morgue {
namespace {

constexpr Xapian::termcount kExactLengths = 32;
constexpr double kLengthStep = 1.03;
constexpr Xapian::termcount kFieldTag = 1u << 31;

const std::array<double, 256>& norm_lengths() {
    static const std::array<double, 256> lengths = [] {
        std::array<double, 256> table{};
        for (unsigned norm = 0; norm < table.size(); ++norm)
            table[norm] = norm < kExactLengths ? norm : kExactLengths * std::pow(kLengthStep, norm - kExactLengths);
        return table;
    }();
    return lengths;
}

}  // namespace

std::uint8_t length_norm(Xapian::termcount words) {
    if (words < kExactLengths) return static_cast<std::uint8_t>(words);
    // The small epsilon keeps exact powers of the step in their own code despite rounding in log().
    const double steps = std::floor(std::log(double(words) / kExactLengths) / std::log(kLengthStep) + 1e-9);
    return static_cast<std::uint8_t>(std::min(255.0, kExactLengths + steps));
}

double norm_length(std::uint8_t norm) {
    return norm_lengths()[norm];
}

Xapian::termcount field_wdf(unsigned slot, FieldOccurrences field) {
    return kFieldTag | (slot & 7u) << 28 | std::min(field.occurrences, kMaxFieldOccurrences) << 8 | field.norm;
}

Xapian::termcount text_wdf(FieldOccurrences body, FieldOccurrences headline) {
    return Xapian::termcount{headline.norm} << 23 | std::min(headline.occurrences, kMaxHeadlineOccurrences) << 18 |
           std::min(body.occurrences, kMaxBodyOccurrences) << 8 | body.norm;
}

DecodedWdf decode_wdf(Xapian::termcount wdf) {
    DecodedWdf decoded;
    if (wdf & kFieldTag) {
        decoded.slot = (wdf >> 28) & 7u;
        decoded.lanes[0] = {(wdf >> 8) & kMaxFieldOccurrences, static_cast<std::uint8_t>(wdf)};
        return decoded;
    }
    decoded.text_word = true;
    decoded.lanes[0] = {(wdf >> 8) & kMaxBodyOccurrences, static_cast<std::uint8_t>(wdf)};
    decoded.lanes[1] = {(wdf >> 18) & kMaxHeadlineOccurrences, static_cast<std::uint8_t>(wdf >> 23)};
    return decoded;
}

}  // namespace morgue
