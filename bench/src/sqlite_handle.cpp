#include "sqlite_handle.hpp"

#include <stdexcept>

namespace morgue::bench {
namespace {

void check(sqlite3* db, int code, const std::string& what) {
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE)
        throw std::runtime_error("SQLite: " + what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

}  // namespace

SqliteConnection::SqliteConnection(const std::string& path, int flags) {
    sqlite3* db = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    db_.reset(db);
    check(db, code, "opening " + path);
}

void SqliteConnection::execute(const std::string& sql) {
    check(get(), sqlite3_exec(get(), sql.c_str(), nullptr, nullptr, nullptr), sql);
}

std::int64_t SqliteConnection::query_integer(const std::string& sql) {
    SqliteStatement statement(*this, sql);
    return statement.step() ? sqlite3_column_int64(statement.get(), 0) : 0;
}

SqliteStatement::SqliteStatement(const SqliteConnection& connection, const std::string& sql) : db_(connection.get()) {
    sqlite3_stmt* statement = nullptr;
    check(db_, sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr), sql);
    statement_.reset(statement);
}

SqliteStatement& SqliteStatement::bind(int index, const std::string& text) {
    check(db_, sqlite3_bind_text(get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    check(db_, sqlite3_bind_int64(get(), index, value), "bind");
    return *this;
}

bool SqliteStatement::step() {
    const int code = sqlite3_step(get());
    check(db_, code, sqlite3_sql(get()));
    return code == SQLITE_ROW;
}

void SqliteStatement::reset() {
    sqlite3_reset(get());
    sqlite3_clear_bindings(get());
}

}  // namespace morgue::bench
