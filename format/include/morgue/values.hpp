#pragma once

#include <morgue/date.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// How fields are encoded in Xapian value slots (see schema.hpp for which slot holds what).
// Part of the on-disk format.

// Dates sort as Xapian::sortable_serialise(seconds since the epoch): byte order = time order.
std::string date_value(const DateTime& date);
DateTime date_from_value(std::string_view value);  // has_time is true when the time is not midnight

// Multi-valued fields (byline, topics, places) are joined with kListSeparator.
std::string list_value(const std::vector<std::string>& items);
std::vector<std::string> split_list_value(std::string_view value);

}  // namespace morgue
