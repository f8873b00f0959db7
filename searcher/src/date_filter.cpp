#include "date_filter.hpp"

#include <morgue/terms.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace morgue {
namespace {

namespace chr = std::chrono;

chr::year_month_day to_ymd(const DateTime& date) {
    return chr::year{date.year} / chr::month{static_cast<unsigned>(date.month)} /
           chr::day{static_cast<unsigned>(date.day)};
}

DateTime to_date(const chr::year_month_day& ymd) {
    return DateTime{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                    static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

chr::year_month_day last_day_of_month(const chr::year_month_day& ymd) {
    return chr::year_month_day{ymd.year() / ymd.month() / chr::last};
}

// Greedy from the start: the largest unit (year, month, day) that begins here and ends inside
// the range. Greedy is optimal because units nest.
std::vector<std::string> covering_terms(chr::year_month_day first, chr::year_month_day last) {
    std::vector<std::string> terms;
    for (auto day = first; day <= last;) {
        const DateTime date = to_date(day);
        const auto month_end = last_day_of_month(day);
        const auto year_end = day.year() / chr::December / chr::day{31};
        if (day.month() == chr::January && day.day() == chr::day{1} && year_end <= last) {
            terms.push_back(year_term(date.year));
            day = (day.year() + chr::years{1}) / chr::January / chr::day{1};
        } else if (day.day() == chr::day{1} && month_end <= last) {
            terms.push_back(month_term(date.year, date.month));
            day = chr::year_month_day{chr::sys_days{month_end} + chr::days{1}};
        } else {
            terms.push_back(day_term(date));
            day = chr::year_month_day{chr::sys_days{day} + chr::days{1}};
        }
    }
    return terms;
}

}  // namespace

Xapian::Query date_range_query(const DateRange& range, const DateTime& earliest_indexed,
                               const DateTime& latest_indexed) {
    auto first = to_ymd(earliest_indexed);
    auto last = to_ymd(latest_indexed);
    const bool first_open = !range.first || to_ymd(*range.first) <= first;
    const bool last_open = !range.last || to_ymd(*range.last) >= last;
    if (!first_open) first = to_ymd(*range.first);
    if (!last_open) last = to_ymd(*range.last);
    if (!first.ok() || !last.ok() || last < first) return Xapian::Query::MatchNothing;

    // Nothing is indexed before the earliest date or after the latest, so an end the index bounds
    // may move out to its month or year when that takes fewer terms ("date:2010-03.." up to a
    // latest date of June 17: M201003..M201005 and Y2010 rather than seventeen days of June).
    std::vector<chr::year_month_day> firsts{first}, lasts{last};
    if (first_open) firsts.insert(firsts.end(), {first.year() / first.month() / chr::day{1}, first.year() / chr::January / chr::day{1}});
    if (last_open) lasts.insert(lasts.end(), {last_day_of_month(last), last.year() / chr::December / chr::day{31}});
    std::vector<std::string> fewest;
    for (const auto& from : firsts)
        for (const auto& to : lasts)
            if (std::vector<std::string> cover = covering_terms(from, to); fewest.empty() || cover.size() < fewest.size())
                fewest = std::move(cover);

    std::vector<Xapian::Query> terms;
    for (const std::string& term : fewest) terms.emplace_back(term);
    Xapian::Query any_day(Xapian::Query::OP_OR, terms.begin(), terms.end());
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, any_day, 0.0);
}

}  // namespace morgue
