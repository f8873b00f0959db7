#include <morgue/schema.hpp>
#include <morgue/values.hpp>

#include <xapian.h>

namespace morgue {

std::string date_value(const DateTime& date) {
    return Xapian::sortable_serialise(static_cast<double>(date.epoch_seconds()));
}

DateTime date_from_value(std::string_view value) {
    auto seconds = static_cast<std::int64_t>(Xapian::sortable_unserialise(std::string(value)));
    return DateTime::from_epoch_seconds(seconds, seconds % 86400 != 0);
}

std::string list_value(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += kListSeparator;
        out += item;
    }
    return out;
}

std::vector<std::string> split_list_value(std::string_view value) {
    std::vector<std::string> items;
    while (!value.empty()) {
        auto end = value.find(kListSeparator);
        items.emplace_back(value.substr(0, end));
        if (end == std::string_view::npos) break;
        value.remove_prefix(end + 1);
    }
    return items;
}

}  // namespace morgue
