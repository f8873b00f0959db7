#include "fts5_loader.hpp"

#include "sqlite_handle.hpp"
#include "stopwatch.hpp"

#include <morgue/stored_article.hpp>

#include <xapian.h>

#include <filesystem>

namespace morgue::bench {
namespace {

constexpr const char* kSchema = R"(
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE articles(id INTEGER PRIMARY KEY, date INTEGER);
CREATE VIRTUAL TABLE fts USING fts5(headline, byline, body, tokenize = 'porter unicode61');
)";

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

nlohmann::json table_sizes(SqliteConnection& db) {
    nlohmann::json sizes = nlohmann::json::object();
    SqliteStatement statement(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name");
    while (statement.step())
        sizes[reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0))] = sqlite3_column_int64(statement.get(), 1);
    return sizes;
}

}  // namespace

nlohmann::json load_fts5(const std::string& morgue_database, const std::string& sqlite_path) {
    std::filesystem::remove(sqlite_path);
    SqliteConnection db(sqlite_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.execute(kSchema);
    SqliteStatement insert_text(db, "INSERT INTO fts(rowid, headline, byline, body) VALUES (?1, ?2, ?3, ?4)");
    SqliteStatement insert_date(db, "INSERT INTO articles(id, date) VALUES (?1, ?2)");

    const Xapian::Database source(morgue_database);
    double insert_seconds = 0;
    std::uint64_t articles = 0, text_bytes = 0;
    db.execute("BEGIN");
    for (auto it = source.postlist_begin(""); it != source.postlist_end(""); ++it) {
        const Article article = decode_stored_article(source.get_document(*it).get_data());
        const Stopwatch watch;
        const auto rowid = static_cast<std::int64_t>(*it);
        insert_text.bind(1, rowid).bind(2, article.headline).bind(3, joined(article.byline)).bind(4, article.body);
        insert_text.step();
        insert_text.reset();
        insert_date.bind(1, rowid);
        if (article.date) insert_date.bind(2, article.date->epoch_seconds());
        insert_date.step();
        insert_date.reset();
        insert_seconds += watch.seconds();
        text_bytes += article.headline.size() + article.body.size();
        ++articles;
    }
    Stopwatch commit_watch;
    db.execute("CREATE INDEX articles_date ON articles(date)");
    db.execute("COMMIT");
    insert_seconds += commit_watch.seconds();
    const auto bytes_before = std::filesystem::file_size(sqlite_path);

    Stopwatch optimize_watch;
    db.execute("INSERT INTO fts(fts) VALUES ('optimize')");
    db.execute("VACUUM");
    const double optimize_seconds = optimize_watch.seconds();
    const auto sizes = table_sizes(db);
    const auto stored = sizes.value("fts_content", std::int64_t{0});
    const auto total = static_cast<std::int64_t>(std::filesystem::file_size(sqlite_path));
    return {{"engine", "fts5"},
            {"articles", articles},
            {"text_bytes", text_bytes},
            {"seconds", insert_seconds},
            {"articles_per_second", insert_seconds > 0 ? static_cast<double>(articles) / insert_seconds : 0.0},
            {"optimize_seconds", optimize_seconds},
            {"bytes_before_optimize", bytes_before},
            {"bytes", total},
            {"stored_text_bytes", stored},
            {"index_bytes", total - stored},
            {"tables", sizes}};
}

}  // namespace morgue::bench
