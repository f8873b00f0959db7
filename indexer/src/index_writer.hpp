#pragma once

#include <morgue/article.hpp>
#include <morgue/indexer.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace morgue {

// How an Indexer gets articles into its database: one document at a time into the database itself
// (IncrementalWriter), or into parallel shards merged at the end (BulkWriter).
class IndexWriter {
public:
    virtual ~IndexWriter() = default;
    // `language` is the article's canonical stemming language, already checked.
    virtual void add(Article article, std::string language) = 0;
    virtual bool remove(std::string_view id) = 0;
    // Makes everything so far durable and visible, with the languages articles were analyzed in.
    virtual void commit() = 0;
    virtual IndexerCounts counts() const = 0;
    virtual std::uint64_t document_count() const = 0;
};

}  // namespace morgue
