#include "incremental_writer.hpp"

#include "top_lists_builder.hpp"

#include <morgue/database_metadata.hpp>
#include <morgue/error.hpp>
#include <morgue/terms.hpp>
#include <morgue/xapian_error.hpp>

namespace morgue {
namespace {

// Enough articles in flight to keep every worker busy while the writer commits a batch's tail.
constexpr std::size_t kArticlesInFlightPerThread = 64;
constexpr int kOpenAttemptsAfterWaiting = 3;

}  // namespace

// Waits until the indexer holding the database's lock releases it. What this open read before it
// got the lock may be stale (a bulk load replaces the database's files just before releasing it),
// so it is closed unused and the caller opens the database again.
void wait_for_write_lock(const std::string& database) {
    try {
        Xapian::WritableDatabase waited(database, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_RETRY_LOCK);
        waited.close();
    } catch (const Xapian::DatabaseOpeningError&) {
        // Its files changed under this open: the next one sees them as they are now.
    }
}

Xapian::WritableDatabase open_writable_database(const IndexerOptions& options) {
    const int flags = Xapian::DB_CREATE_OR_OPEN;
    try {
        for (int attempt = 1;; ++attempt) {
            try {
                return Xapian::WritableDatabase(options.database, flags);
            } catch (const Xapian::DatabaseLockError& e) {
                if (!options.wait_for_lock || e.get_msg().find("already locked") == std::string::npos) throw;
                wait_for_write_lock(options.database);
                attempt = 0;  // then open it afresh, or wait again if another indexer was quicker
            } catch (const Xapian::DatabaseOpeningError&) {
                // While we waited for the lock, the indexer holding it may have replaced the
                // database's files (a bulk load's last step): open what is there now.
                if (!options.wait_for_lock || attempt == kOpenAttemptsAfterWaiting) throw;
            }
        }
    } catch (const Xapian::DatabaseOpeningError& e) {
        if (!options.wait_for_lock)
            throw DatabaseError(
                database_error_text("cannot open database " + options.database + " for writing", options.database, e));
        throw DatabaseError("cannot open database " + options.database + " for writing: its files changed " +
                            std::to_string(kOpenAttemptsAfterWaiting) + " times while waiting for another indexer (" +
                            xapian_error_text(e) + "); run the command again");
    } catch (const Xapian::DatabaseLockError& e) {
        // Also thrown when the lock file cannot be created or opened (no permission): not another indexer.
        if (e.get_msg().find("already locked") == std::string::npos)
            throw DatabaseError("cannot open database " + options.database + " for writing: " + xapian_error_text(e));
        throw DatabaseLockedError("database " + options.database +
                                  " is locked by another indexer; wait for it to finish, or pass --wait to queue behind it");
    } catch (const Xapian::Error& e) {
        throw DatabaseError(
            database_error_text("cannot open database " + options.database + " for writing", options.database, e));
    }
}

bool IncrementalWriter::holds(std::string_view id) const { return db_.term_exists(id_term(id)); }

IncrementalWriter::IncrementalWriter(const IndexerOptions& options, unsigned threads)
    : options_(options), threads_(threads), db_(open_writable_database(options)),
      pipeline_(threads, threads * kArticlesInFlightPerThread) {
    try {
        check_database_metadata(db_, options_.database);
        if (db_.get_metadata(std::string(kMetaSchemaVersion)).empty()) {
            stamp_database_metadata(db_);
            db_.commit();  // the first write of a new database: where a full disk shows first
        }
        languages_ = stored_languages(db_);
        // Work inside a transaction so that destroying the indexer discards what was not committed,
        // as documented, instead of Xapian committing it in a destructor that cannot report errors.
        db_.begin_transaction();
    } catch (const Xapian::Error& e) {
        throw DatabaseError(
            database_error_text("cannot prepare database " + options_.database + " for writing", options_.database, e));
    }
}

void IncrementalWriter::add(Article article, std::string language) {
    if (languages_.insert(language).second) languages_changed_ = true;
    pipeline_.submit(std::move(article), std::move(language), write_);
}

void IncrementalWriter::write_document(DocumentPipeline::Built&& built) {
    const std::string key = id_term(built.id);
    try {
        // replace_document(key, ...) would look the key up again; a new article is simply added.
        if (auto existing = db_.postlist_begin(key); existing != db_.postlist_end(key)) {
            note_revised_document(db_, *existing, false);
            db_.replace_document(*existing, built.document);
            ++counts_.replaced;
        } else {
            db_.add_document(built.document);
            ++counts_.added;
        }
    } catch (const Xapian::Error& e) {
        throw DatabaseError(database_error_text(
            "cannot write article " + built.id + " to database " + options_.database, options_.database, e));
    }
    after_change();
}

bool IncrementalWriter::remove(std::string_view id) {
    pipeline_.drain(true, write_);  // an article added before must be deleted too
    const std::string key = id_term(id);
    try {
        const auto existing = db_.postlist_begin(key);
        if (existing == db_.postlist_end(key)) return false;
        note_revised_document(db_, *existing, true);
        db_.delete_document(*existing);
    } catch (const Xapian::Error& e) {
        throw DatabaseError(database_error_text(
            "cannot delete article " + std::string(id) + " from database " + options_.database, options_.database, e));
    }
    ++counts_.removed;
    after_change();
    return true;
}

std::size_t IncrementalWriter::build_top_lists(const TopListLimits& limits) {
    commit();
    std::size_t lists = 0;
    try {
        lists = morgue::build_top_lists(db_, options_.database, limits, threads_);
    } catch (const Xapian::Error& e) {
        throw DatabaseError(
            database_error_text("cannot build the top lists of database " + options_.database, options_.database, e));
    }
    commit_written();
    return lists;
}

void IncrementalWriter::after_change() {
    if (++uncommitted_ >= options_.batch_size) commit_written();
}

void IncrementalWriter::commit() {
    pipeline_.drain(true, write_);
    commit_written();
}

// Commits what has been written, leaving articles still in the pipeline for the next batch.
void IncrementalWriter::commit_written() {
    try {
        // May name the language of an article still in the pipeline: harmless, it only widens queries.
        if (languages_changed_) store_languages(db_, languages_);
        db_.commit_transaction();
        db_.begin_transaction();
    } catch (const Xapian::Error& e) {
        throw DatabaseError(
            database_error_text("cannot commit to database " + options_.database, options_.database, e));
    }
    uncommitted_ = 0;
    languages_changed_ = false;
}

}  // namespace morgue
