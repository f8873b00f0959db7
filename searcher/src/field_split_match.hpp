#pragma once

#include "planned_match.hpp"

#include <xapian.h>

#include <cstddef>
#include <optional>

namespace morgue {

// A phrase (or NEAR) searched in headline and body is an OR of a headline part and a body part.
// Matched as one query, Xapian checks positions for every candidate of both parts: inside an OR,
// the body part cannot skip candidates too weak for the page, because the headline part might
// lift them. Yet headline matches are few. So: every headline match is scored in full (headline
// part plus body part), the best body-only matches are found by the body part alone (which skips
// weak candidates), and the page is the best of both. Same hits, scores and order as the OR.
// nullopt when `query` is not such an OR, or the headline part matches too many articles.
std::optional<PlannedMatch> field_split_match(const Xapian::Database& db, const Xapian::Query& query,
                                             const Xapian::Weight& weight, std::size_t wanted, bool exact_count);

}  // namespace morgue
