#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>

namespace morgue::bench {

// Thin RAII over the SQLite C API: errors become std::runtime_error with SQLite's message.
class SqliteConnection {
public:
    SqliteConnection(const std::string& path, int flags);
    sqlite3* get() const { return db_.get(); }
    void execute(const std::string& sql);
    std::int64_t query_integer(const std::string& sql);

private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> db_;
};

class SqliteStatement {
public:
    SqliteStatement(const SqliteConnection& connection, const std::string& sql);
    SqliteStatement& bind(int index, const std::string& text);
    SqliteStatement& bind(int index, std::int64_t value);
    bool step();  // true while there is a row
    void reset();
    sqlite3_stmt* get() const { return statement_.get(); }

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
    };
    sqlite3* db_;
    std::unique_ptr<sqlite3_stmt, Finalizer> statement_;
};

}  // namespace morgue::bench
