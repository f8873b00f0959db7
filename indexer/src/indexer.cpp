#include "document_builder.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/database_metadata.hpp>
#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/terms.hpp>
#include <morgue/xapian_error.hpp>

#include <xapian.h>

#include <set>

namespace morgue {
namespace {

Xapian::WritableDatabase open_writable(const IndexerOptions& options) {
    const int flags = Xapian::DB_CREATE_OR_OPEN | (options.wait_for_lock ? Xapian::DB_RETRY_LOCK : 0);
    try {
        return Xapian::WritableDatabase(options.database, flags);
    } catch (const Xapian::DatabaseLockError& e) {
        // Also thrown when the lock file cannot be created or opened (no permission): not another indexer.
        if (e.get_msg().find("already locked") == std::string::npos)
            throw DatabaseError("cannot open database " + options.database + " for writing: " + xapian_error_text(e));
        throw DatabaseLockedError("database " + options.database +
                                  " is locked by another indexer; wait for it to finish, or pass --wait to queue behind it");
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open database " + options.database + " for writing: " + xapian_error_text(e));
    }
}

}  // namespace

struct Indexer::Impl {
    IndexerOptions options;
    Xapian::WritableDatabase db;
    Analyzer analyzer;
    DocumentBuilder builder{analyzer};
    std::string default_language;
    std::set<std::string> languages;
    std::size_t uncommitted = 0;
    bool languages_changed = false;

    explicit Impl(IndexerOptions opts)
        : options(std::move(opts)), db(open_writable(options)),
          default_language(Analyzer::canonical_language(options.language)) {
        check_database_metadata(db, options.database);
        if (db.get_metadata(std::string(kMetaSchemaVersion)).empty()) {
            stamp_database_metadata(db);
            db.commit();
        }
        languages = stored_languages(db);
        // Work inside a transaction so that destroying the indexer discards what was not committed,
        // as documented, instead of Xapian committing it in a destructor that cannot report errors.
        db.begin_transaction();
    }

    std::string language_of(const Article& article) {
        std::string language =
            article.language.empty() ? default_language : Analyzer::canonical_language(article.language);
        if (languages.insert(language).second) languages_changed = true;
        return language;
    }

    void after_change() {
        if (++uncommitted >= options.batch_size) commit();
    }

    void commit() {
        try {
            if (languages_changed) store_languages(db, languages);
            db.commit_transaction();
            db.begin_transaction();
        } catch (const Xapian::Error& e) {
            throw DatabaseError("cannot commit to database " + options.database + ": " + xapian_error_text(e));
        }
        uncommitted = 0;
        languages_changed = false;
    }
};

Indexer::Indexer(IndexerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Indexer::~Indexer() = default;
Indexer::Indexer(Indexer&&) noexcept = default;
Indexer& Indexer::operator=(Indexer&&) noexcept = default;

AddResult Indexer::add(const Article& article) {
    if (article.id.empty()) throw Error("article has no id");
    const std::string language = impl_->language_of(article);
    const std::string key = id_term(article.id);
    try {
        const bool existed = impl_->db.term_exists(key);
        // replace_document(key, ...) would look the key up again; a new article is simply added.
        if (existed) impl_->db.replace_document(key, impl_->builder.build(article, language));
        else impl_->db.add_document(impl_->builder.build(article, language));
        impl_->after_change();
        return existed ? AddResult::Replaced : AddResult::Added;
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot write article " + article.id + " to database " + impl_->options.database + ": " +
                            xapian_error_text(e));
    }
}

bool Indexer::remove(std::string_view id) {
    const std::string key = id_term(id);
    try {
        if (!impl_->db.term_exists(key)) return false;
        impl_->db.delete_document(key);
        impl_->after_change();
        return true;
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot delete article " + std::string(id) + " from database " + impl_->options.database +
                            ": " + xapian_error_text(e));
    }
}

void Indexer::commit() { impl_->commit(); }

std::uint64_t Indexer::document_count() const { return impl_->db.get_doccount(); }

const IndexerOptions& Indexer::options() const { return impl_->options; }

}  // namespace morgue
