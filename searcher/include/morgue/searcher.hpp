#pragma once

#include <morgue/article.hpp>
#include <morgue/date.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

enum class SortOrder { Relevance, Newest, Oldest };

// How words without an operator between them combine:
//  Most (the default): every word must match when at least a page of articles holds them all;
//    otherwise articles holding some of the words, ranked first by how many they hold (words
//    found in more than a quarter of the archive don't count), then those whose headline holds
//    every counted word, then by score; past six counted words (a question), those holding every
//    counted word first (then the headline rule), then by score alone;
//  All: every word must match; Any: at least one must.
// In every mode +word requires, -word excludes, and "phrases" and explicit AND/OR/NEAR keep their meaning.
enum class MatchMode { Most, All, Any };

struct SearchRequest {
    std::string query{};                // morgue query language (see README.md)
    std::optional<DateTime> from{};     // inclusive first day, in addition to any date: in the query
    std::optional<DateTime> to{};       // inclusive last day
    SortOrder sort = SortOrder::Relevance;
    MatchMode match = MatchMode::Most;
    std::size_t offset = 0;
    std::size_t limit = 10;
    std::vector<std::string> facets{};  // facet names: year, month, topic, place, source, section, byline
    std::size_t facet_limit = 10;       // values shown per facet (year and month show all)
    bool snippets = true;
    bool exact_total = true;            // count every match; false lets Xapian estimate (faster)
    // Ranked by relevance, multiply each score by 0.5 ^ (age / half life), the age counted back from
    // the newest article in the archive (an exponential recency decay). Must be > 0.
    std::optional<double> recent_half_life_days{};
    // false: every query is matched in full, never answered from precomputed top lists. The hits
    // are the same either way; for comparing plans and for measuring them.
    bool accelerated = true;
    // Ranked by relevance, add to the query the words its best matches share and the archive
    // seldom holds (pseudo-relevance feedback), with a small weight: finds articles on the same
    // subject in other words, for questions and research rather than known items. A second match.
    bool expand = false;
};

struct Hit {
    std::size_t rank = 0;   // 1-based, across pages
    double score = 0;       // BM25F over headline and body (BM25 for one field), decayed with
                            // recent_half_life_days; 0 when sorted by date
    // With SearchResponse::relaxed, for queries of up to six counted words: how many it holds.
    std::size_t words_matched = 0;
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

// Which shards of an archive answered (a collection file of several databases, local or remote).
struct ShardReport {
    std::size_t total = 0;             // 0: the archive is one database, not a collection
    std::size_t answered = 0;
    std::vector<std::string> missing;  // each shard that did not answer, as its collection line names it, and why
    // Each shard answered by a replica (its first copy could not be opened): which replica, and why.
    // The answer is whole: a replica holds the same articles, up to its last replication.
    std::vector<std::string> replaced;
};

struct SearchResponse {
    std::string query;
    std::uint64_t total = 0;         // matching articles
    bool total_exact = true;         // false when total is an estimate
    // MatchMode::Most found fewer articles holding every word than the page needed, and matched
    // articles holding some of them: all_words_total is how many hold every word (ranked first).
    bool relaxed = false;
    std::uint64_t all_words_total = 0;
    std::vector<Hit> hits;
    std::vector<Facet> facets;       // counted over every matching article, not only this page
    double elapsed_ms = 0;
    // With shards missing, total, hits and facets cover the shards that answered, and total_exact
    // is false.
    ShardReport shards;
};

// What a database holds, for an overview (morgue-serve's GET /stats).
struct DatabaseStats {
    std::uint64_t articles = 0;
    std::optional<DateTime> earliest{};    // the oldest and newest article dates; nullopt when none is dated
    std::optional<DateTime> latest{};
    std::vector<std::string> languages{};  // canonical names of the languages indexed
    std::vector<std::string> fields{};     // field names the query language knows (headline:, ...)
    std::vector<std::string> facets{};     // facet names SearchRequest::facets accepts
};

// Answers queries over one morgue database, or over an archive of several: a collection file
// (Xapian's stub format: `auto PATH`, `remote HOST:PORT`, `remote :PROGRAM ARGS` lines, see
// morgue-shard-server) as if its shards were one database. A shard that is down or stops
// answering is left out of the answer (SearchResponse::shards) and tried again at the next search.
// Not thread-safe: use one Searcher per thread.
// Throws DatabaseError if the database (or every shard) cannot be opened, or one was written by an
// incompatible morgue.
class Searcher {
public:
    explicit Searcher(const std::string& database);
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    // Throws QueryError for a malformed query, RequestError for an unknown facet or impossible
    // options, DatabaseError if reading fails.
    SearchResponse search(const SearchRequest& request);
    std::uint64_t document_count() const;
    // The article with this id, as of the newest commit; nullopt when there is none.
    // Throws DatabaseError if reading fails.
    std::optional<Article> article(std::string_view id);
    // Counts, date range, languages, fields and facets, as of the newest commit.
    // Throws DatabaseError if reading fails.
    DatabaseStats stats();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The response as one JSON object: query, total, total_exact, hits (each with rank, score, the
// article's fields as in the JSON Lines format, and snippet), facets, elapsed_ms.
std::string to_json(const SearchResponse& response);

// The stats as one JSON object: articles, earliest and latest (ISO dates, or null when none is
// dated), languages, fields, facets. morgue-serve's GET /stats and the Python module print it.
std::string to_json(const DatabaseStats& stats);

}  // namespace morgue
