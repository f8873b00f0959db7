// libFuzzer target: the date parsers. A date they accept must be a real day, print as ISO and
// read back as itself, and survive the epoch-seconds round trip used by the value slots.
#include "fuzz_support.hpp"

#include <morgue/date.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using morgue::fuzz::require;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto date = morgue::parse_date(text)) {
        require(morgue::is_valid_day(date->year, date->month, date->day));
        require(date->hour >= 0 && date->hour < 24 && date->minute >= 0 && date->minute < 60);
        require(date->second >= 0 && date->second < 61);
        const auto again = morgue::parse_date(date->to_iso());
        require(again && *again == *date);
        require(morgue::DateTime::from_epoch_seconds(date->epoch_seconds(), date->has_time) == *date);
    }
    if (const auto range = morgue::parse_query_date(text)) {
        require(range->first && range->last && !(*range->last < *range->first));
    }
    return 0;
}
