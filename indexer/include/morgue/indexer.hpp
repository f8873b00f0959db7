#pragma once

#include <morgue/article.hpp>
#include <morgue/error.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace morgue {

// Which words get a top list (Indexer::build_top_lists): the best matches of every frequent word,
// precomputed, so that a search for the word alone need not score every article holding it.
struct TopListLimits {
    std::size_t list_size = 250;      // documents kept per word; deeper pages are searched in full
    std::size_t min_articles = 2000;  // words in fewer articles are cheap to search in full
};

struct IndexerOptions {
    std::string database{};               // folder of the Xapian database; created if missing
    // Language of articles that do not name theirs (an ISO 639 code or a name, see language.hpp):
    // detected per article by CLD2 when detect_language is set, with this one where CLD2 is unsure;
    // otherwise this one for all of them.
    std::string language = "english";
    bool detect_language = true;
    std::size_t batch_size = 10000;       // articles per commit
    bool wait_for_lock = false;           // wait for another indexer to finish instead of failing
    unsigned threads = 0;                 // threads analyzing articles; 0 = one per core
    // Load a new database fast: every thread writes shards of bulk_shard_size articles that the
    // first commit() merges into the database. Nothing is kept if the run is interrupted before
    // that commit, and a database that already holds articles is refused.
    bool bulk = false;
    std::size_t bulk_shard_size = 4000;   // small shards take documents fastest; merging is cheap
    // "year", "month" or "size:N": `database` is an archive of several databases instead, a
    // collection file listing the shards in the folder DATABASE.shards/, each article in the
    // shard of its year or month (undated ones in "undated"), or N articles a shard. Not with bulk.
    std::string shard_by{};
};

// Throws Error saying what IndexerOptions::shard_by takes unless `scheme` is one of them.
void check_shard_scheme(const std::string& scheme);

// What the indexer has written so far (committed or not).
struct IndexerCounts {
    std::uint64_t added = 0;     // articles whose id was new
    std::uint64_t replaced = 0;  // articles that replaced an earlier version with the same id
    std::uint64_t removed = 0;
};

// Building a document failed for a reason other than the article itself (out of memory, say).
class IndexingError : public Error {
public:
    using Error::Error;
};

// Writes articles to a morgue database, one document per article id.
// Articles are analyzed on worker threads and written in the order they were added. Commits every
// batch_size articles and on commit(). The destructor does not commit, since an error there could
// not be reported: what was added after the last commit is discarded.
// Throws DatabaseLockedError if another indexer holds the database, DatabaseError if it cannot be
// opened, written or was written by an incompatible version of morgue.
class Indexer {
public:
    explicit Indexer(IndexerOptions options);
    ~Indexer();
    Indexer(Indexer&&) noexcept;
    Indexer& operator=(Indexer&&) noexcept;

    // Queues the article to be added, replacing any earlier one with the same id; returns the
    // canonical name of the language it is analyzed in (its own, detected or the default).
    // Throws Error at once if the article has no id or names an unknown language.
    std::string add(Article article);
    // Deletes the article with this id; false if there was none.
    bool remove(std::string_view id);
    // Makes everything added or removed so far durable and visible to searchers.
    void commit();
    // Commits, then precomputes the best matches of frequent words so that one-word searches need
    // not score every article holding the word (the lists are private to the libraries, in format/); returns how many words.
    // Replacing or deleting an article later drops them until they are built again.
    std::size_t build_top_lists(const TopListLimits& limits = {});

    IndexerCounts counts() const;
    // Articles in the database, as of the last commit() (plus any written since).
    std::uint64_t document_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace morgue
