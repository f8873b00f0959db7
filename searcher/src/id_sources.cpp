#include "id_sources.hpp"

#include <algorithm>

namespace morgue {

ScoredIdsSource::ScoredIdsSource(std::vector<Xapian::docid> ascending_ids, std::vector<double> weights)
    : list_(std::make_shared<const List>(List{std::move(ascending_ids), std::move(weights)})) {}

void ScoredIdsSource::init(const Xapian::Database&) {
    position_ = 0;
    started_ = false;
    const std::vector<double>& weights = list_->weights;
    set_maxweight(weights.empty() ? 0 : *std::max_element(weights.begin(), weights.end()));
}

void ScoredIdsSource::next(double) {
    if (started_) ++position_;
    started_ = true;
}

void ScoredIdsSource::skip_to(Xapian::docid target, double) {
    started_ = true;
    const std::vector<Xapian::docid>& ids = list_->ids;
    if (position_ < ids.size() && ids[position_] >= target) return;
    position_ = static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), target) - ids.begin());
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
