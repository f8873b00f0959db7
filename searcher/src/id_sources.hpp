#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

namespace morgue {

// Posting sources over document ids the searcher already knows, for answering a query from
// precomputed or separately computed matches (top lists). Both are clonable, as Xapian requires
// of a source on every shard but the first; but the ids they hold are those of one database, and
// a shard sees its own ids (a multi-database interleaves them), so the searcher uses them on a
// database of one shard only (accelerators.hpp). Both serialise, so that such a shard may be
// remote (morgue-shard-server registers them, search_registry.hpp).

// Given documents (ascending ids) with given weights.
class ScoredIdsSource : public Xapian::PostingSource {
public:
    ScoredIdsSource(std::vector<Xapian::docid> ascending_ids, std::vector<double> weights);

    void init(const Xapian::Database& db) override;
    Xapian::doccount get_termfreq_min() const override { return size(); }
    Xapian::doccount get_termfreq_est() const override { return size(); }
    Xapian::doccount get_termfreq_max() const override { return size(); }
    void next(double) override;
    void skip_to(Xapian::docid target, double) override;
    bool at_end() const override { return started_ && position_ >= list_->ids.size(); }
    Xapian::docid get_docid() const override { return list_->ids[position_]; }
    double get_weight() const override { return list_->weights[position_]; }
    ScoredIdsSource* clone() const override { return new ScoredIdsSource(list_); }
    std::string name() const override { return "morgue::ScoredIdsSource"; }
    std::string serialise() const override;
    ScoredIdsSource* unserialise(const std::string& serialised) const override;

private:
    struct List {
        std::vector<Xapian::docid> ids;
        std::vector<double> weights;
    };
    explicit ScoredIdsSource(std::shared_ptr<const List> list) : list_(std::move(list)) {}
    Xapian::doccount size() const { return static_cast<Xapian::doccount>(list_->ids.size()); }

    std::shared_ptr<const List> list_;  // shared by the clones: a match clones a source per shard
    std::size_t position_ = 0;
    bool started_ = false;
};

// Every document after `after` up to the database's last: a filter, contributing no weight.
class NewerSource : public Xapian::PostingSource {
public:
    explicit NewerSource(Xapian::docid after) : after_(after) {}

    void init(const Xapian::Database& db) override;
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return size(); }
    Xapian::doccount get_termfreq_max() const override { return size(); }
    void next(double) override;
    void skip_to(Xapian::docid target, double) override;
    bool at_end() const override { return started_ && current_ > last_; }
    Xapian::docid get_docid() const override { return current_; }
    NewerSource* clone() const override { return new NewerSource(after_); }
    std::string name() const override { return "morgue::NewerSource"; }
    std::string serialise() const override;
    NewerSource* unserialise(const std::string& serialised) const override;

private:
    Xapian::doccount size() const { return last_ > after_ ? last_ - after_ : 0; }

    Xapian::docid after_, last_ = 0, current_ = 0;
    bool started_ = false;
};

}  // namespace morgue
