#include "date_sorted_match.hpp"
#include "date_filter.hpp"

#include <morgue/schema.hpp>

#include <algorithm>

namespace morgue {
namespace {

constexpr std::int64_t kWindowGrowth = 4;
// Evenly spread, the first window would hold one and a half pages: matching the window costs in
// proportion to its size (every match is sorted), and a miss only means a window four times larger.
constexpr double kPagesInFirstWindow = 1.5;
constexpr std::int64_t kSecondsPerDay = 86400;

DateTime days_from(const DateTime& day, std::int64_t days) {
    return DateTime::from_epoch_seconds(DateTime{day.year, day.month, day.day}.epoch_seconds() + days * kSecondsPerDay, false);
}

Xapian::MSet run(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight,
                 const DateSortedPage& page) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(weight);
    enquire.set_sort_by_value_then_relevance(*field_spec(FieldId::Date).slot, page.newest_first);
    return enquire.get_mset(page.offset, page.limit, page.offset + page.limit);
}

// Every dated article: each date value is a non-empty string (an empty bound would match all).
Xapian::Query dated() {
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, *field_spec(FieldId::Date).slot, std::string(1, '\0'));
}

}  // namespace

std::vector<Xapian::MSet> date_sorted_mset(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight,
                              const DateSortedPage& page, const std::optional<DateTime>& earliest,
                              const std::optional<DateTime>& latest) {
    if (page.limit > 0 && earliest && latest) {
        const std::int64_t span_days = (latest->epoch_seconds() - earliest->epoch_seconds()) / kSecondsPerDay;
        const double wanted = kPagesInFirstWindow * (page.offset + page.limit);
        const double share = wanted / std::max<double>(1, page.estimated_matches);
        const auto first_days = std::max<std::int64_t>(1, static_cast<std::int64_t>(share * static_cast<double>(span_days)));
        for (std::int64_t days = first_days; days < span_days; days *= kWindowGrowth) {
            const DateRange window = page.newest_first ? DateRange{days_from(*latest, -days), std::nullopt}
                                                       : DateRange{std::nullopt, days_from(*earliest, days)};
            const Xapian::Query windowed(Xapian::Query::OP_FILTER, query, date_range_query(window, *earliest, *latest));
            Xapian::MSet mset = run(db, windowed, weight, page);
            // Every article outside the window is older (newer) than every one inside it.
            if (mset.get_matches_lower_bound() >= page.offset + page.limit) return {mset};
        }
    }
    // Undated articles have no value, which sorts below every date: last when newest come first.
    if (page.newest_first) return {run(db, query, weight, page)};
    // Oldest first: the dated articles, then, where the page reaches past them, the undated ones.
    Xapian::MSet oldest = run(db, Xapian::Query(Xapian::Query::OP_FILTER, query, dated()), weight, page);
    const Xapian::doccount wanted = page.offset + page.limit;
    // Fewer than were asked for: the matcher saw them all, so the count is exact.
    const Xapian::doccount dated_count = oldest.get_matches_lower_bound();
    if (dated_count >= wanted) return {oldest};
    DateSortedPage rest = page;
    rest.offset = page.offset > dated_count ? page.offset - dated_count : 0;
    rest.limit = wanted - std::max(page.offset, dated_count);
    return {oldest, run(db, Xapian::Query(Xapian::Query::OP_AND_NOT, query, dated()), weight, rest)};
}

}  // namespace morgue
