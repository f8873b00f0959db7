#pragma once

#include <morgue/schema.hpp>
#include <morgue/searcher.hpp>

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace morgue {

// One facet value and how many matching documents have it: the public result type.
using FacetCount = FacetValue;

// Counts the values of one facet over every document the matcher sees. Add it with
// Enquire::add_matchspy and set check_at_least to the database size, or Xapian may skip
// low-weighted documents and the counts cover only part of the match set.
// Reads value slots only, never document data. On a remote shard the counter is rebuilt from
// its facet's name and counts there; its counts come back and are merged into this one.
class FacetCounter : public Xapian::MatchSpy {
public:
    explicit FacetCounter(const FacetSpec& facet);

    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override;
    FacetCounter* clone() const override { return new FacetCounter(facet_); }
    std::string serialise() const override { return std::string(facet_.name); }
    FacetCounter* unserialise(const std::string& serialised, const Xapian::Registry&) const override;
    std::string serialise_results() const override;
    void merge_results(const std::string& serialised) override;

    // The n values with the most documents, by count descending then value ascending.
    // Year ("1987") and month ("1987-03") facets instead give the n busiest periods in
    // chronological order, oldest first, ready to draw as a histogram.
    std::vector<FacetCount> top(std::size_t n) const;

    const FacetSpec& spec() const { return facet_; }
    // Documents seen by the matcher, whether or not they had a value for the facet.
    std::uint64_t documents_seen() const { return documents_seen_; }

private:
    enum class Kind { Year, Month, Values };

    void count_date(const std::string& value);
    void count_values(const std::string& value);
    std::vector<FacetCount> top_periods(std::size_t n) const;
    std::vector<FacetCount> top_values(std::size_t n) const;

    FacetSpec facet_;
    Kind kind_;
    Xapian::valueno slot_;
    std::uint64_t documents_seen_ = 0;
    std::map<int, std::uint64_t> period_counts_;  // year, or year * 100 + month
    std::unordered_map<std::string, std::uint64_t> value_counts_;
};

}  // namespace morgue
