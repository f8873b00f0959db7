#include "facet_counter.hpp"
#include "source_encoding.hpp"

#include <morgue/error.hpp>
#include <morgue/values.hpp>

#include <algorithm>
#include <cstdio>

namespace morgue {
namespace {

// Month keys are year * 100 + month, so that map order is chronological.
constexpr int kMonthsKey = 100;

std::string period_label(int key, bool months) {
    char label[32];
    if (months) {
        std::snprintf(label, sizeof label, "%04d-%02d", key / kMonthsKey, key % kMonthsKey);
    } else {
        std::snprintf(label, sizeof label, "%04d", key);
    }
    return label;
}

}  // namespace

FacetCounter::FacetCounter(const FacetSpec& facet) : facet_(facet), kind_(Kind::Values), slot_(0) {
    const FieldSpec& field = field_spec(facet.field);
    if (!field.slot) throw Error("facet '" + std::string(facet.name) + "' has no value slot");
    slot_ = *field.slot;
    if (facet.field == FieldId::Date) {
        kind_ = facet.name == "month" ? Kind::Month : Kind::Year;
    }
}

void FacetCounter::operator()(const Xapian::Document& doc, double /*weight*/) {
    ++documents_seen_;
    std::string value = doc.get_value(slot_);
    if (value.empty()) return;
    switch (kind_) {
        case Kind::Year:
        case Kind::Month: count_date(value); break;
        case Kind::Values: count_values(value); break;
    }
}

void FacetCounter::count_date(const std::string& value) {
    DateTime date = date_from_value(value);
    int key = kind_ == Kind::Month ? date.year * kMonthsKey + date.month : date.year;
    ++period_counts_[key];
}

// A single value has no separator, so one split serves single- and multi-valued fields alike.
void FacetCounter::count_values(const std::string& value) {
    std::vector<std::string> items = split_list_value(value);
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    for (auto& item : items) {
        if (!item.empty()) ++value_counts_[std::move(item)];
    }
}

std::string FacetCounter::name() const { return "morgue::FacetCounter"; }

FacetCounter* FacetCounter::unserialise(const std::string& serialised, const Xapian::Registry&) const {
    const FacetSpec* spec = find_facet(serialised);
    if (!spec) throw Xapian::SerialisationError("bad morgue::FacetCounter: no facet '" + serialised + "'");
    return new FacetCounter(*spec);
}

// Documents seen, then the periods (key, count) or values (text, count), each list after its size.
std::string FacetCounter::serialise_results() const {
    std::string out;
    put_number(out, static_cast<double>(documents_seen_));
    put_number(out, static_cast<double>(period_counts_.size()));
    for (const auto& [key, count] : period_counts_) {
        put_number(out, key);
        put_number(out, static_cast<double>(count));
    }
    put_number(out, static_cast<double>(value_counts_.size()));
    for (const auto& [value, count] : value_counts_) {
        put_text(out, value);
        put_number(out, static_cast<double>(count));
    }
    return out;
}

void FacetCounter::merge_results(const std::string& serialised) {
    NumberReader in(serialised, "morgue::FacetCounter results");
    documents_seen_ += in.tally();
    for (std::size_t periods = in.count(); periods > 0; --periods) {
        const int key = in.whole_int();
        period_counts_[key] += in.tally();
    }
    for (std::size_t values = in.count(); values > 0; --values) {
        std::string value = in.text();
        value_counts_[std::move(value)] += in.tally();
    }
    in.finish();
}

std::vector<FacetCount> FacetCounter::top(std::size_t n) const {
    return kind_ == Kind::Year || kind_ == Kind::Month ? top_periods(n) : top_values(n);
}

std::vector<FacetCount> FacetCounter::top_periods(std::size_t n) const {
    std::vector<std::pair<int, std::uint64_t>> periods(period_counts_.begin(), period_counts_.end());
    if (periods.size() > n) {
        // Keep the busiest periods (the earlier on ties), then restore time order.
        std::stable_sort(periods.begin(), periods.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        periods.resize(n);
        std::sort(periods.begin(), periods.end());
    }
    std::vector<FacetCount> out;
    out.reserve(periods.size());
    for (const auto& [key, count] : periods) out.push_back({period_label(key, kind_ == Kind::Month), count});
    return out;
}

std::vector<FacetCount> FacetCounter::top_values(std::size_t n) const {
    std::vector<FacetCount> out;
    out.reserve(value_counts_.size());
    for (const auto& [value, count] : value_counts_) out.push_back({value, count});
    auto order = [](const FacetCount& a, const FacetCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    std::size_t kept = std::min(n, out.size());
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(kept), out.end(), order);
    out.resize(kept);
    return out;
}

}  // namespace morgue
