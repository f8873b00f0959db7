#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace morgue {

// Posting sources over document ids the searcher already knows, for answering a query from
// precomputed or separately computed matches (top lists).

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
    bool at_end() const override { return started_ && position_ >= ids_.size(); }
    Xapian::docid get_docid() const override { return ids_[position_]; }
    double get_weight() const override { return weights_[position_]; }
    std::string name() const override { return "morgue::ScoredIdsSource"; }

private:
    Xapian::doccount size() const { return static_cast<Xapian::doccount>(ids_.size()); }

    std::vector<Xapian::docid> ids_;
    std::vector<double> weights_;
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
    std::string name() const override { return "morgue::NewerSource"; }

private:
    Xapian::doccount size() const { return last_ > after_ ? last_ - after_ : 0; }

    Xapian::docid after_, last_ = 0, current_ = 0;
    bool started_ = false;
};

}  // namespace morgue
