#include <morgue/length_norm.hpp>
#include <morgue/schema.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace morgue {
namespace {

constexpr Xapian::termcount kExactLengths = 32;
constexpr double kLengthStep = 1.03;
constexpr Xapian::termcount kMaxOccurrences = (1u << (32 - kLengthNormBits)) - 1;

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

double norm_length(std::uint8_t norm) { return norm_lengths()[norm]; }

void encode_length_norms(Xapian::Document& doc) {
    std::vector<std::pair<std::string, Xapian::termcount>> text_terms;
    std::uint64_t words = 0;
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
        const Xapian::termcount wdf = term.get_wdf();
        if (wdf == 0) continue;  // a boolean (filter) term
        text_terms.emplace_back(*term, wdf);
        words += wdf;
    }
    if (words == 0) return;
    const auto length = static_cast<Xapian::termcount>(std::min<std::uint64_t>(words, UINT32_MAX));
    const std::uint8_t norm = length_norm(length);
    std::uint64_t encoded_total = 0;
    for (const auto& [term, wdf] : text_terms) {
        const Xapian::termcount encoded = std::min(wdf, kMaxOccurrences) << kLengthNormBits | norm;
        if (encoded > wdf) doc.add_term(term, encoded - wdf);  // add_term adds to the wdf
        encoded_total += encoded;
    }
    const std::uint64_t doc_length = std::uint64_t{kDocLengthScale} * length;
    if (doc_length > encoded_total)
        doc.add_term(std::string(kLengthTerm),
                     static_cast<Xapian::termcount>(std::min<std::uint64_t>(doc_length - encoded_total, UINT32_MAX)));
}

}  // namespace morgue
