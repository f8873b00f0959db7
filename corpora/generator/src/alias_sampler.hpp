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

    // One random number picks both the column (high half) and the coin (low half); column and
    // alias share one cache line, since the tables are too large for the fastest caches.
    std::uint32_t sample(Random& random) const {
        const std::uint64_t bits = random.next();
        const auto column = static_cast<std::uint32_t>(((bits >> 32) * columns_.size()) >> 32);
        const Column& c = columns_[column];
        return static_cast<std::uint32_t>(bits) < c.threshold ? column : c.alias;
    }
    std::size_t size() const { return columns_.size(); }

private:
    struct Column {
        std::uint32_t threshold;  // keep the column when the coin is below this (of 2^32)
        std::uint32_t alias;
    };
    std::vector<Column> columns_;
};

// Weights of a Zipf-Mandelbrot law: rank r (0-based) has weight 1 / (r + shift)^exponent.
std::vector<double> zipf_weights(std::size_t count, double exponent, double shift);

}  // namespace morgue::generator
