// The quality yardstick's measures (bench/quality), on rankings small enough to compute by hand.
#include "evaluation.hpp"
#include "query_text.hpp"
#include "ranking_metrics.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace morgue::quality;

TEST_CASE("quality metrics: average precision averages the precision at each relevant document") {
    const std::map<std::string, int> judged{{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}};
    // a at 1 (1/1), b at 3 (2/3), c at 5 (3/5); d never retrieved counts 0: (1 + 2/3 + 3/5) / 4.
    CHECK(average_precision({"a", "x", "b", "y", "c"}, judged) == doctest::Approx((1.0 + 2.0 / 3 + 3.0 / 5) / 4));
    CHECK(average_precision({"x", "y"}, judged) == 0);
    CHECK(average_precision({}, judged) == 0);
    CHECK(average_precision({"a"}, {}) == 0);
    // A grade is relevance, whatever its size.
    CHECK(average_precision({"a"}, {{"a", 4}}) == doctest::Approx(1.0));
}

TEST_CASE("quality metrics: nDCG@k uses the grades as gains and the ideal order of the judged documents") {
    const std::map<std::string, int> judged{{"a", 3}, {"b", 1}, {"c", 2}};
    // DCG = 1/log2(2) + 0 + 3/log2(4) = 2.5; ideal 3, 2, 1: 3 + 2/log2(3) + 1/2.
    const double ideal = 3 + 2 / std::log2(3.0) + 0.5;
    CHECK(ndcg_at({"b", "x", "a"}, judged, 10) == doctest::Approx(2.5 / ideal));
    CHECK(ndcg_at({"a", "c", "b"}, judged, 10) == doctest::Approx(1.0));
    // The cut: only the first k ranks count, against the ideal's first k.
    CHECK(ndcg_at({"b", "a"}, judged, 1) == doctest::Approx(1.0 / 3));
    CHECK(ndcg_at({"x"}, judged, 10) == 0);
}

TEST_CASE("quality metrics: precision, success and reciprocal rank at a cut") {
    const std::map<std::string, int> judged{{"a", 1}, {"b", 1}};
    CHECK(precision_at({"a", "x", "b"}, judged, 10) == doctest::Approx(0.2));  // divides by k, not by hits
    CHECK(precision_at({"a", "x", "b"}, judged, 2) == doctest::Approx(0.5));
    CHECK(reciprocal_rank_at({"x", "y", "b"}, judged, 10) == doctest::Approx(1.0 / 3));
    CHECK(reciprocal_rank_at({"x", "y", "b"}, judged, 2) == 0);
    CHECK(success_at({"x", "a"}, judged, 1) == 0);
    CHECK(success_at({"x", "a"}, judged, 3) == 1);
}

TEST_CASE("quality evaluation: every judged query counts, one without an answer scores 0") {
    const Qrels qrels{{"1", {{"a", 1}}}, {"2", {{"b", 1}}}};
    const Run run{{"1", {"a"}}, {"3", {"b"}}};  // query 2 unanswered; query 3 is not judged
    const Evaluation judged = evaluate_run(TaskKind::Judged, qrels, run);
    REQUIRE(judged.measures.size() == 3);
    CHECK(judged.measures[0].first == "MAP");
    CHECK(judged.measures[0].second == doctest::Approx(0.5));
    CHECK(judged.queries == 2);
    CHECK(judged.no_hits == 1);
    const Evaluation known = evaluate_run(TaskKind::KnownItem, qrels, run);
    CHECK(known.measures[0].first == "success@1");
    CHECK(known.measures[0].second == doctest::Approx(0.5));
}

TEST_CASE("quality queries: operators become spaces, upper-case operator words become words") {
    CHECK(plain_query("What (TSS): time-sharing \"systems\"*\r\nAND NOT c/d+e") ==
          "what tss time sharing systems and not c d e");
    CHECK(plain_query("  \n ") == "");
    CHECK(typed_words("U.S. CORN STOCKS UP 8.7 PCT - USDA") == "u s corn stocks up 8 7 pct usda");
}
