#pragma once

#include <morgue/date.hpp>

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <vector>

namespace morgue {

// The best matches by relevance, re-ranked with an exponential recency decay of their scores
// (score x 0.5 ^ (age / half life), as Elasticsearch's exp decay function): an article half a
// half-life older than another needs ~1.41 times its relevance to rank above it. Ages count back
// from the newest indexed article, so an archive of 1987 is not "old" as a whole; undated articles
// count as old as the oldest. Xapian 1.4 cannot multiply a score by a document value while
// matching, so the decay re-ranks a window of the best matches (kRecencyWindow, or four pages
// when that is more): an article outside it cannot reach the page.
inline constexpr std::size_t kRecencyWindow = 1000;

struct DecayedHit {
    Xapian::MSetIterator hit;
    double score;
};

// The page [offset, offset + limit) of `window` (ranked by relevance) after the decay. With
// `tier` > 0, a score is tiers (how many query words an article holds, kPresenceWeight each) plus
// relevance, and only the relevance decays, so that articles holding more words stay first.
std::vector<DecayedHit> decayed_page(const Xapian::MSet& window, unsigned date_slot, double half_life_days,
                                     const DateTime& newest, const DateTime& oldest, std::size_t offset,
                                     std::size_t limit, double tier = 0);

}  // namespace morgue
