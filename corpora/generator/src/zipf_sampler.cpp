#include "zipf_sampler.hpp"

#include <algorithm>
#include <numeric>

namespace morgue::generator {
namespace {

std::vector<double> slice(const std::vector<double>& all, std::size_t first, std::size_t end) {
    return {all.begin() + static_cast<std::ptrdiff_t>(first), all.begin() + static_cast<std::ptrdiff_t>(end)};
}

}  // namespace

ZipfSampler::ZipfSampler(std::size_t count, double exponent, double shift)
    : head_size_(static_cast<std::uint32_t>(std::min(count, kHead))),
      head_threshold_(UINT64_MAX),
      head_(slice(zipf_weights(count, exponent, shift), 0, std::min(count, kHead))) {
    if (count <= kHead) return;
    const auto weights = zipf_weights(count, exponent, shift);
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const double head = std::accumulate(weights.begin(), weights.begin() + static_cast<std::ptrdiff_t>(kHead), 0.0);
    head_threshold_ = static_cast<std::uint64_t>(head / total * 18446744073709551615.0);
    tail_.emplace(slice(weights, kHead, count));
}

}  // namespace morgue::generator
