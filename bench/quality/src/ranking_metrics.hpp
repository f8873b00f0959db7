#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace morgue::quality {

// The measures of one query's ranking (document ids, best first) against its judgments (document
// id -> grade, only grades > 0 listed). The means over queries are taken by evaluate_run().

// Average precision: the mean, over every judged relevant document, of the precision at the rank
// it was retrieved (0 for one not retrieved), as trec_eval's map. Grades count as relevant alike.
double average_precision(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged);

// nDCG@k with linear gains (the grade) and log2(rank + 1) discounts, as trec_eval's ndcg_cut.
double ndcg_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k);

// Relevant documents among the first k, divided by k (fewer retrieved still divide by k).
double precision_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k);

// 1 / the rank of the first relevant document when it is within the first k, else 0.
double reciprocal_rank_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged,
                          std::size_t k);

// 1 when a relevant document is within the first k, else 0.
double success_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k);

}  // namespace morgue::quality
