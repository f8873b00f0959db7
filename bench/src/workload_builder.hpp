#pragma once

#include "bench_query.hpp"
#include "corpus_sample.hpp"

#include <cstdint>
#include <vector>

namespace morgue::bench {

// The standard workload, drawn deterministically (for a given seed) from a sample of the corpus:
// per class `per_class` queries whose terms and phrases occur in the corpus. Classes:
// term_frequent, term_rare, and2, or3, phrase2, phrase3, headline, byline, date_month,
// sorted_newest, facet_year, snippets. A class the corpus cannot feed (no bylines, no dates)
// gets fewer or no queries.
std::vector<BenchQuery> build_workload(const CorpusSample& sample, std::size_t per_class, std::uint64_t seed);

}  // namespace morgue::bench
