#include "bulk_writer.hpp"

#include "document_builder.hpp"
#include "incremental_writer.hpp"
#include "parallel_for.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/database_metadata.hpp>
#include <morgue/error.hpp>
#include <morgue/terms.hpp>
#include <morgue/xapian_error.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

namespace morgue {
namespace {

constexpr std::size_t kArticlesInFlightPerThread = 64;
constexpr const char* kLockFile = "lock";
constexpr std::ptrdiff_t kShardsPerMerge = 64;

// Removes the files of an empty glass database, and its folder if nothing else is in it. Anything
// else in the folder is left alone (the rename that follows then fails with a clear message).
void remove_empty_database(const std::filesystem::path& path) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (name == "iamglass" || name == "flintlock" || name.ends_with(".glass") || name.ends_with(".tmp"))
            std::filesystem::remove(entry.path(), ec);
    }
    std::filesystem::remove(path, ec);
}

}  // namespace

BulkWriter::BulkWriter(const IndexerOptions& options, unsigned threads)
    : options_(options), staging_(options.database + ".bulk"), threads_(threads),
      capacity_(threads * kArticlesInFlightPerThread) {
    lock_staging();
    lock_database();
    workers_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this, i] { work(i); });
}

BulkWriter::~BulkWriter() {
    {
        std::lock_guard lock(mutex_);
        jobs_.clear();  // not committed: nothing more to write
    }
    stop_workers();
    std::error_code ec;
    std::filesystem::remove_all(staging_, ec);
    if (lock_fd_ >= 0) ::close(lock_fd_);
}

// One bulk load per database at a time; a folder left by a killed run is cleared.
void BulkWriter::lock_staging() {
    std::error_code ec;
    std::filesystem::create_directories(staging_, ec);
    const std::string lock_path = (staging_ / kLockFile).string();
    lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock_fd_ < 0)
        throw DatabaseError("cannot create " + lock_path + " for a bulk load of database " + options_.database + ": " +
                            std::strerror(errno));
    while (::flock(lock_fd_, LOCK_EX | (options_.wait_for_lock ? 0 : LOCK_NB)) != 0) {
        if (errno == EINTR) continue;
        if (errno == EWOULDBLOCK)
            throw DatabaseLockedError("database " + options_.database +
                                      " is being loaded by another indexer; wait for it to finish, or pass --wait to queue behind it");
        throw DatabaseError("cannot lock " + lock_path + ": " + std::strerror(errno));
    }
    for (const auto& entry : std::filesystem::directory_iterator(staging_))
        if (entry.path().filename() != kLockFile) std::filesystem::remove_all(entry.path());
}

// Creates the database if needed, so that searchers (and a run that is killed) find it, empty, and
// keeps it open for writing: no other indexer can add to it before the load replaces it.
void BulkWriter::lock_database() {
    database_.emplace(open_writable_database(options_));  // also refuses one another indexer holds
    try {
        check_database_metadata(*database_, options_.database);
        if (database_->get_metadata(std::string(kMetaSchemaVersion)).empty()) {
            stamp_database_metadata(*database_);
            database_->commit();
        }
    } catch (const Xapian::Error& e) {
        throw DatabaseError(database_error_text("cannot prepare database " + options_.database + " for a bulk load",
                                                options_.database, e));
    }
    if (const auto held = database_->get_doccount(); held > 0)
        throw DatabaseError("a bulk load needs a new database, but " + options_.database + " already holds " +
                            std::to_string(held) + " articles; index without --bulk to add to it");
}

// The database is new and empty, and locked by this load since it began: its files are replaced by
// the merged ones while the lock is still held, and only then is it released.
void BulkWriter::replace_database_with(const std::filesystem::path& merged) {
    remove_empty_database(options_.database);
    std::error_code ec;
    std::filesystem::rename(merged, options_.database, ec);
    if (ec)
        throw DatabaseError("cannot move the loaded database " + merged.string() + " to " + options_.database + ": " +
                            ec.message());
    database_.reset();  // closes the old, now removed, files and releases the lock
}

void BulkWriter::work(unsigned worker) {
    // Analyzer and builder hold ICU and Snowball state that must not be shared between threads.
    Analyzer analyzer;
    DocumentBuilder builder(analyzer);
    std::optional<Xapian::WritableDatabase> shard;
    std::filesystem::path shard_path;
    std::size_t in_shard = 0, shard_number = 0;
    auto finish_shard = [&] {
        shard->commit();
        shard->close();
        shard.reset();
        in_shard = 0;
        std::lock_guard lock(mutex_);
        shards_.push_back(shard_path);
    };
    try {
        while (true) {
            Job job;
            {
                std::unique_lock lock(mutex_);
                job_ready_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
                if (jobs_.empty()) break;  // stopping, and nothing left to write
                job = std::move(jobs_.front());
                jobs_.pop_front();
            }
            job_taken_.notify_one();
            Xapian::Document document = builder.build(job.article, job.language);
            if (!shard) {
                shard_path = staging_ / ("shard-" + std::to_string(worker) + "-" + std::to_string(shard_number++));
                // A shard is scratch: if the run dies it is thrown away, so it need not reach the disk.
                shard.emplace(shard_path.string(), Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
            }
            shard->add_document(document);
            if (++in_shard >= options_.bulk_shard_size) finish_shard();
        }
        if (shard) finish_shard();
    } catch (...) {
        std::exception_ptr error = std::current_exception();
        try {
            throw;
        } catch (const Xapian::Error& e) {
            error = std::make_exception_ptr(DatabaseError("cannot write a shard of database " + options_.database +
                                                          " in " + staging_.string() + ": " + xapian_error_text(e)));
        } catch (...) {
        }
        std::lock_guard lock(mutex_);
        if (!failure_) failure_ = error;
        stopping_ = true;
        jobs_.clear();
        job_taken_.notify_all();
        job_ready_.notify_all();
    }
}

void BulkWriter::stop_workers() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    job_ready_.notify_all();
    for (auto& worker : workers_) worker.join();
    workers_.clear();
}

void BulkWriter::rethrow_worker_failure() {
    std::lock_guard lock(mutex_);
    if (failure_) std::rethrow_exception(failure_);
}

void BulkWriter::add(Article article, std::string language) {
    languages_.insert(language);
    if (!ids_.insert(article.id).second) {
        std::string id = article.id;  // not article.id itself: the Job below moves it
        later_versions_[id] = Job{std::move(article), std::move(language)};
        ++counts_.replaced;  // each repeat, as IncrementalWriter counts it: both keep the last version
        return;
    }
    std::unique_lock lock(mutex_);
    job_taken_.wait(lock, [&] { return jobs_.size() < capacity_ || failure_ || stopping_; });
    if (failure_) std::rethrow_exception(failure_);
    if (stopping_) throw Error("the bulk load of database " + options_.database + " is finished; open a new Indexer to add more");
    jobs_.push_back(Job{std::move(article), std::move(language)});
    lock.unlock();
    job_ready_.notify_one();
}

bool BulkWriter::remove(std::string_view) {
    throw Error("a bulk load only adds articles; delete them without --bulk");
}

void BulkWriter::commit() {
    stop_workers();
    rethrow_worker_failure();
    merge_into_database();
}

void BulkWriter::compact_shards(const std::vector<std::filesystem::path>& shards, const std::filesystem::path& output) {
    Xapian::Database all;
    for (const auto& shard : shards) all.add_database(Xapian::Database(shard.string()));
    all.compact(output.string(), Xapian::DBCOMPACT_MULTIPASS);
    all.close();
    for (const auto& shard : shards) std::filesystem::remove_all(shard);
}

void BulkWriter::merge_into_database() {
    const std::filesystem::path merged = staging_ / "merged";
    try {
        // Each open shard holds several files open: merge in rounds of a bounded number of shards,
        // so that a large load stays within the usual limit of 1,024 open files.
        for (int round = 0; shards_.size() > static_cast<std::size_t>(kShardsPerMerge); ++round) {
            std::vector<std::vector<std::filesystem::path>> groups;
            std::vector<std::filesystem::path> next;
            for (auto first = shards_.begin(); first != shards_.end();) {
                const auto last = first + std::min<std::ptrdiff_t>(shards_.end() - first, kShardsPerMerge);
                groups.emplace_back(first, last);
                next.push_back(staging_ / ("round-" + std::to_string(round) + "-" + std::to_string(next.size())));
                first = last;
            }
            parallel_for(groups.size(), threads_, [&](std::size_t i) { compact_shards(groups[i], next[i]); });
            shards_ = std::move(next);
        }
        if (!shards_.empty()) compact_shards(shards_, merged);
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot merge the shards of database " + options_.database + " in " + staging_.string() + ": " +
                            xapian_error_text(e));
    }
    // Finish the merged database before it takes the database's place, so that the rename is the
    // one step that makes the load visible: a run killed before it leaves the database empty.
    const std::filesystem::path finished = shards_.empty() ? std::filesystem::path(options_.database) : merged;
    try {
        std::optional<Xapian::WritableDatabase> merged_db;
        if (!shards_.empty()) merged_db.emplace(finished.string(), Xapian::DB_OPEN);
        Xapian::WritableDatabase& db = merged_db ? *merged_db : *database_;
        stamp_database_metadata(db);
        store_languages(db, languages_);
        counts_.added = ids_.size();
        Analyzer analyzer;
        DocumentBuilder builder(analyzer);
        for (auto& [id, later] : later_versions_) {
            db.replace_document(id_term(id), builder.build(later.article, later.language));
        }
        db.commit();
        document_count_ = db.get_doccount();
        if (merged_db) merged_db->close();
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot commit to database " + finished.string() + ": " + xapian_error_text(e));
    }
    if (!shards_.empty()) replace_database_with(merged);
    database_.reset();
    later_versions_.clear();
    shards_.clear();
}

}  // namespace morgue
