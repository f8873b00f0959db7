#pragma once

#include <morgue/article.hpp>
#include <morgue/date.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace morgue {

enum class SortOrder { Relevance, Newest, Oldest };

// How words without an operator between them combine: All (every word must match, the default)
// or Any (at least one must; +word still requires, -word still excludes).
enum class MatchMode { All, Any };

struct SearchRequest {
    std::string query{};                // morgue query language (see README.md)
    std::optional<DateTime> from{};     // inclusive first day, in addition to any date: in the query
    std::optional<DateTime> to{};       // inclusive last day
    SortOrder sort = SortOrder::Relevance;
    MatchMode match = MatchMode::All;
    std::size_t offset = 0;
    std::size_t limit = 10;
    std::vector<std::string> facets{};  // facet names: year, month, topic, place, source, section, byline
    std::size_t facet_limit = 10;       // values shown per facet (year and month show all)
    bool snippets = true;
    bool exact_total = true;            // count every match; false lets Xapian estimate (faster)
};

struct Hit {
    std::size_t rank = 0;   // 1-based, across pages
    double score = 0;       // BM25 with field weights; 0 when sorted by date
    Article article;
    std::string snippet;    // body passage with matching words wrapped in <em>…</em>
};

struct FacetValue {
    std::string value;
    std::uint64_t count = 0;

    bool operator==(const FacetValue&) const = default;
};

struct Facet {
    std::string name;
    std::vector<FacetValue> values;  // by count, or chronologically for year and month
};

struct SearchResponse {
    std::string query;
    std::uint64_t total = 0;         // matching articles
    bool total_exact = true;         // false when total is an estimate
    std::vector<Hit> hits;
    std::vector<Facet> facets;       // counted over every matching article, not only this page
    double elapsed_ms = 0;
};

// Answers queries over one morgue database. Not thread-safe: use one Searcher per thread.
// Throws DatabaseError if the database cannot be opened or was written by an incompatible morgue.
class Searcher {
public:
    explicit Searcher(const std::string& database);
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    // Throws QueryError for a malformed query or unknown facet, DatabaseError if reading fails.
    SearchResponse search(const SearchRequest& request);
    std::uint64_t document_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The response as one JSON object: query, total, total_exact, hits (each with rank, score, the
// article's fields as in the JSON Lines format, and snippet), facets, elapsed_ms.
std::string to_json(const SearchResponse& response);

}  // namespace morgue
