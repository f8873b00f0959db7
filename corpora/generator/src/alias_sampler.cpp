#include "alias_sampler.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <stdexcept>

namespace morgue::generator {

AliasSampler::AliasSampler(const std::vector<double>& weights) : columns_(weights.size()) {
    if (weights.empty() || weights.size() > UINT32_MAX) throw std::invalid_argument("alias sampler needs 1 to 2^32 weights");
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const double n = static_cast<double>(weights.size());
    std::vector<double> scaled(weights.size());
    std::vector<std::uint32_t> small, large;
    for (std::uint32_t i = 0; i < weights.size(); ++i) {
        scaled[i] = weights[i] * n / total;
        (scaled[i] < 1.0 ? small : large).push_back(i);
    }
    auto set = [&](std::uint32_t column, double probability, std::uint32_t alias) {
        columns_[column] = {static_cast<std::uint32_t>(std::min(probability, 1.0) * 4294967295.0), alias};
    };
    while (!small.empty() && !large.empty()) {
        const std::uint32_t less = small.back(), more = large.back();
        small.pop_back();
        set(less, scaled[less], more);
        scaled[more] -= 1.0 - scaled[less];
        if (scaled[more] < 1.0) {
            large.pop_back();
            small.push_back(more);
        }
    }
    // What is left is 1 up to rounding: such a column always keeps itself.
    for (auto i : small) set(i, 1.0, i);
    for (auto i : large) set(i, 1.0, i);
}

std::vector<double> zipf_weights(std::size_t count, double exponent, double shift) {
    std::vector<double> weights(count);
    for (std::size_t r = 0; r < count; ++r) weights[r] = 1.0 / std::pow(static_cast<double>(r) + shift, exponent);
    return weights;
}

}  // namespace morgue::generator
