#pragma once

#include <morgue/article.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace morgue {

struct IndexerOptions {
    std::string database{};               // folder of the Xapian database; created if missing
    std::string language = "english";     // stemming language of articles that do not name theirs
    std::size_t batch_size = 10000;       // articles per commit
    bool wait_for_lock = false;           // wait for another indexer to finish instead of failing
};

enum class AddResult { Added, Replaced };

// Writes articles to a morgue database, one document per article id.
// Commits every batch_size articles and on commit(). The destructor does not commit, since an
// error there could not be reported: what was added after the last commit is discarded.
// Throws DatabaseLockedError if another indexer holds the database, DatabaseError if it cannot be
// opened or was written by an incompatible version of morgue.
class Indexer {
public:
    explicit Indexer(IndexerOptions options);
    ~Indexer();
    Indexer(Indexer&&) noexcept;
    Indexer& operator=(Indexer&&) noexcept;

    // Adds the article, replacing any earlier one with the same id.
    // Throws Error if the article has no id or names an unsupported language.
    AddResult add(const Article& article);
    // Deletes the article with this id; false if there was none.
    bool remove(std::string_view id);
    // Makes everything added or removed so far durable and visible to searchers.
    void commit();

    std::uint64_t document_count() const;
    const IndexerOptions& options() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace morgue
