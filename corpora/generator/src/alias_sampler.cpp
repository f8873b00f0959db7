#include "alias_sampler.hpp"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace morgue::generator {

AliasSampler::AliasSampler(const std::vector<double>& weights)
    : probability_(weights.size()), alias_(weights.size()) {
    if (weights.empty()) throw std::invalid_argument("alias sampler needs at least one weight");
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const double n = static_cast<double>(weights.size());
    std::vector<double> scaled(weights.size());
    std::vector<std::uint32_t> small, large;
    for (std::uint32_t i = 0; i < weights.size(); ++i) {
        scaled[i] = weights[i] * n / total;
        (scaled[i] < 1.0 ? small : large).push_back(i);
    }
    while (!small.empty() && !large.empty()) {
        const std::uint32_t less = small.back(), more = large.back();
        small.pop_back();
        probability_[less] = scaled[less];
        alias_[less] = more;
        scaled[more] -= 1.0 - scaled[less];
        if (scaled[more] < 1.0) {
            large.pop_back();
            small.push_back(more);
        }
    }
    // What is left is 1 up to rounding.
    for (auto i : small) probability_[i] = 1.0, alias_[i] = i;
    for (auto i : large) probability_[i] = 1.0, alias_[i] = i;
}

std::vector<double> zipf_weights(std::size_t count, double exponent, double shift) {
    std::vector<double> weights(count);
    for (std::size_t r = 0; r < count; ++r) weights[r] = 1.0 / std::pow(static_cast<double>(r) + shift, exponent);
    return weights;
}

}  // namespace morgue::generator
