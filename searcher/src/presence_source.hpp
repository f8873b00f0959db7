#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace morgue {

// The articles holding any of a word's terms (its stems in several languages), each with one
// fixed weight: added once per query word, it makes an article's score count how many of the
// words it holds, as Lucene's coordination did (query_parser.hpp, DefaultOperator::Most).
class PresenceSource final : public Xapian::PostingSource {
public:
    PresenceSource(std::vector<std::string> terms, double weight);

    void init(const Xapian::Database& db) override;
    Xapian::doccount get_termfreq_min() const override { return termfreq_min_; }
    Xapian::doccount get_termfreq_est() const override { return termfreq_max_; }
    Xapian::doccount get_termfreq_max() const override { return termfreq_max_; }
    void next(double min_weight) override;
    void skip_to(Xapian::docid target, double min_weight) override;
    bool at_end() const override { return started_ && current_ == 0; }
    Xapian::docid get_docid() const override { return current_; }
    double get_weight() const override { return weight_; }
    PresenceSource* clone() const override { return new PresenceSource(terms_, weight_); }
    std::string name() const override { return "morgue::PresenceSource"; }
    std::string serialise() const override;
    PresenceSource* unserialise(const std::string& serialised) const override;

private:
    void settle();  // current_ = the lowest document any term is at, 0 at the end

    std::vector<std::string> terms_;
    double weight_;
    Xapian::Database db_;  // a handle, not a pointer: in a multi-database init() is given a temporary
    std::vector<Xapian::PostingIterator> postings_;
    Xapian::docid current_ = 0;
    Xapian::doccount termfreq_min_ = 0, termfreq_max_ = 0;
    bool started_ = false;
};

}  // namespace morgue
