#include "id_sources.hpp"

#include <algorithm>

namespace morgue {

ScoredIdsSource::ScoredIdsSource(std::vector<Xapian::docid> ascending_ids, std::vector<double> weights)
    : ids_(std::move(ascending_ids)), weights_(std::move(weights)) {}

void ScoredIdsSource::init(const Xapian::Database&) {
    position_ = 0;
    started_ = false;
    set_maxweight(weights_.empty() ? 0 : *std::max_element(weights_.begin(), weights_.end()));
}

void ScoredIdsSource::next(double) {
    if (started_) ++position_;
    started_ = true;
}

void ScoredIdsSource::skip_to(Xapian::docid target, double) {
    started_ = true;
    if (position_ < ids_.size() && ids_[position_] >= target) return;
    position_ = static_cast<std::size_t>(std::lower_bound(ids_.begin(), ids_.end(), target) - ids_.begin());
}

void NewerSource::init(const Xapian::Database& db) {
    last_ = db.get_lastdocid();
    current_ = after_;
    started_ = false;
}

void NewerSource::next(double) {
    ++current_;
    started_ = true;
}

void NewerSource::skip_to(Xapian::docid target, double) {
    started_ = true;
    current_ = std::max(current_, std::max(target, after_ + 1));
}

}  // namespace morgue
