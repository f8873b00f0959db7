#include "recency.hpp"

#include <morgue/values.hpp>

#include <algorithm>
#include <cmath>

namespace morgue {

std::vector<DecayedHit> decayed_page(const Xapian::MSet& window, unsigned date_slot, double half_life_days,
                                     const DateTime& newest, const DateTime& oldest, std::size_t offset,
                                     std::size_t limit, double tier) {
    constexpr double kSecondsPerDay = 86400;
    const double newest_seconds = static_cast<double>(newest.epoch_seconds());
    const double oldest_age_days = (newest_seconds - static_cast<double>(oldest.epoch_seconds())) / kSecondsPerDay;
    std::vector<DecayedHit> hits;
    hits.reserve(window.size());
    for (auto it = window.begin(); it != window.end(); ++it) {
        const std::string value = it.get_document().get_value(date_slot);
        const std::optional<DateTime> date =
            value.empty() ? std::nullopt : std::optional<DateTime>(date_from_value(value));
        const double age_days =
            date ? std::max(0.0, (newest_seconds - static_cast<double>(date->epoch_seconds())) / kSecondsPerDay)
                 : oldest_age_days;
        const double weight = it.get_weight();
        const double tiers = tier > 0 ? std::floor(weight / tier) * tier : 0;
        hits.push_back({it, tiers + (weight - tiers) * std::exp2(-age_days / half_life_days)});
    }
    // Stable, so that equal scores keep their relevance order.
    std::stable_sort(hits.begin(), hits.end(),
                     [](const DecayedHit& a, const DecayedHit& b) { return a.score > b.score; });
    if (offset >= hits.size()) return {};
    hits.erase(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(offset));
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace morgue
