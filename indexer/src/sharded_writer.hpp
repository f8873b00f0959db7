#pragma once

#include "incremental_writer.hpp"
#include "index_writer.hpp"
#include "shard_scheme.hpp"

#include <memory>
#include <string>
#include <vector>

namespace morgue {

// Writes an archive of several morgue databases (--shard-by): each article into the shard its
// scheme names, a database in the folder ARCHIVE.shards/ next to the collection file ARCHIVE
// (collection_file.hpp) that lists them all and that morgue-search opens as one. An article whose
// id a shard already holds replaces it there (size:N), or moves to its date's shard (year, month);
// articles added but not yet written by the pipeline are not seen by that lookup (a run's own
// duplicates are caught by index_inputs). Remote shards are refused: index each on its machine.
class ShardedWriter final : public IndexWriter {
public:
    ShardedWriter(const IndexerOptions& options, unsigned threads);

    void add(Article article, std::string language) override;
    bool remove(std::string_view id) override;
    void commit() override;  // every shard, then the collection file
    IndexerCounts counts() const override;
    std::uint64_t document_count() const override;

    std::size_t build_top_lists(const TopListLimits& limits);

private:
    struct Shard {
        std::string name;  // folder name under ARCHIVE.shards/
        IndexerOptions options;
        std::unique_ptr<IncrementalWriter> writer;
    };

    Shard& shard_named(const std::string& name);
    Shard* holder(std::string_view id);
    Shard& target(const Article& article, Shard* holder);
    std::string folder() const;

    const IndexerOptions& options_;
    unsigned threads_;
    ShardScheme scheme_;
    std::vector<std::unique_ptr<Shard>> shards_;  // in the collection file's order
    std::uint64_t moved_ = 0;                     // replaced by an article now in another shard
};

}  // namespace morgue
