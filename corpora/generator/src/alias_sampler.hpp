#pragma once

#include "random.hpp"

#include <cstdint>
#include <vector>

namespace morgue::generator {

// Draws index i with probability weights[i] / sum(weights) in constant time (Vose's alias method):
// a Zipfian vocabulary of 200,000 words is sampled hundreds of millions of times per corpus.
class AliasSampler {
public:
    explicit AliasSampler(const std::vector<double>& weights);

    std::uint32_t sample(Random& random) const {
        const auto column = static_cast<std::uint32_t>(random.below(probability_.size()));
        return random.unit() < probability_[column] ? column : alias_[column];
    }
    std::size_t size() const { return probability_.size(); }

private:
    std::vector<double> probability_;
    std::vector<std::uint32_t> alias_;
};

// Weights of a Zipf-Mandelbrot law: rank r (0-based) has weight 1 / (r + shift)^exponent.
std::vector<double> zipf_weights(std::size_t count, double exponent, double shift);

}  // namespace morgue::generator
