#include "engine.hpp"
#include "fts5_query.hpp"
#include "sqlite_handle.hpp"

#include <map>
#include <unordered_map>

namespace morgue::bench {
namespace {

// Headline weighted as in morgue's schema (3), byline and body 1.
constexpr const char* kRank = "bm25(fts, 3.0, 1.0, 1.0)";
constexpr const char* kJoin = " FROM fts CROSS JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ?1";
constexpr const char* kDateFilter = " AND a.date >= ?2 AND a.date < ?3";

// The top 10 are chosen first by rowid and key only, then their stored columns are read: reading
// the text of every match before sorting would make FTS5 look slower than it need be.
std::string top_sql(const BenchQuery& query, bool dated) {
    const bool by_date = query.sort != "relevance";
    const std::string direction = query.sort == "oldest" ? " ASC" : " DESC";
    std::string inner;
    if (by_date)
        inner = std::string("SELECT fts.rowid AS id, a.date AS key") + kJoin + (dated ? kDateFilter : "") +
                " ORDER BY a.date" + direction + " LIMIT 10";
    else if (dated)
        inner = std::string("SELECT fts.rowid AS id, ") + kRank + " AS key" + kJoin + kDateFilter + " ORDER BY key LIMIT 10";
    else
        inner = std::string("SELECT rowid AS id, ") + kRank + " AS key FROM fts WHERE fts MATCH ?1 ORDER BY key LIMIT 10";
    std::string sql = "WITH top AS (" + inner + ") SELECT top.id, fts.headline, fts.byline, fts.body, a.date";
    if (query.snippets) sql += ", snippet(fts, 2, '<em>', '</em>', '...', 24)";
    sql += " FROM top JOIN fts ON fts.rowid = top.id LEFT JOIN articles a ON a.id = top.id";
    if (query.snippets) sql += " WHERE fts MATCH ?1";  // snippet() needs the match
    return sql + " ORDER BY top.key" + (by_date ? direction : "");
}

std::string facet_sql(const std::string& facet, bool dated) {
    const std::string format = facet == "year" ? "%Y" : "%Y-%m";
    return "SELECT strftime('" + format + "', a.date, 'unixepoch') AS value, count(*)" + kJoin +
           (dated ? kDateFilter : "") + " GROUP BY value";
}

std::string count_sql(bool dated) {
    return dated ? std::string("SELECT count(*)") + kJoin + kDateFilter : "SELECT count(*) FROM fts WHERE fts MATCH ?1";
}

class Fts5Engine : public Engine {
public:
    explicit Fts5Engine(const std::string& path) : db_(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX) {
        db_.execute("PRAGMA mmap_size = 2147418112");  // as Lucene and Xapian, read through the page cache
        db_.execute("PRAGMA cache_size = -65536");
    }

    bool supports(const BenchQuery& query) override {
        for (const auto& facet : query.facets)
            if (facet != "year" && facet != "month") return false;
        return translation(query.text).has_value();
    }

    std::size_t run(const BenchQuery& query) override {
        const Fts5Query& fts = *translation(query.text);
        auto& top = statement(top_sql(query, fts.from_second.has_value()), fts);
        std::size_t rows = 0;
        while (top.step()) {
            for (int column = 0; column < sqlite3_column_count(top.get()); ++column) fetched_ += text(top, column);
            ++rows;
        }
        top.reset();
        for (const auto& facet : query.facets) {
            auto& counts = statement(facet_sql(facet, fts.from_second.has_value()), fts);
            while (counts.step()) fetched_ += text(counts, 0);
            counts.reset();
        }
        fetched_.clear();
        return rows;
    }

    std::uint64_t count(const BenchQuery& query) override {
        const Fts5Query& fts = *translation(query.text);
        auto& counter = statement(count_sql(fts.from_second.has_value()), fts);
        const std::uint64_t total = counter.step() ? static_cast<std::uint64_t>(sqlite3_column_int64(counter.get(), 0)) : 0;
        counter.reset();
        return total;
    }

private:
    static std::string text(SqliteStatement& statement, int column) {
        const auto* bytes = sqlite3_column_text(statement.get(), column);
        return bytes ? std::string(reinterpret_cast<const char*>(bytes)) : std::string();
    }

    const std::optional<Fts5Query>& translation(const std::string& text) {
        auto it = translations_.find(text);
        if (it == translations_.end()) it = translations_.emplace(text, translate_to_fts5(text)).first;
        return it->second;
    }

    // Statements are prepared once per shape, as an application would keep them.
    SqliteStatement& statement(const std::string& sql, const Fts5Query& fts) {
        auto it = statements_.find(sql);
        if (it == statements_.end()) it = statements_.try_emplace(sql, db_, sql).first;
        auto& s = it->second;
        s.bind(1, fts.match);
        if (fts.from_second) s.bind(2, *fts.from_second).bind(3, *fts.to_second);
        return s;
    }

    SqliteConnection db_;
    std::map<std::string, SqliteStatement> statements_;
    std::unordered_map<std::string, std::optional<Fts5Query>> translations_;
    std::string fetched_;
};

}  // namespace

EngineMaker fts5_engine(const std::string& sqlite_path) {
    return {"fts5", [sqlite_path] { return std::make_unique<Fts5Engine>(sqlite_path); }};
}

}  // namespace morgue::bench
