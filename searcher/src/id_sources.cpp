#include "id_sources.hpp"

#include "source_encoding.hpp"

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

// The count, then each id and its weight.
std::string ScoredIdsSource::serialise() const {
    std::string out;
    put_number(out, static_cast<double>(list_->ids.size()));
    for (std::size_t i = 0; i < list_->ids.size(); ++i) {
        put_number(out, list_->ids[i]);
        put_number(out, list_->weights[i]);
    }
    return out;
}

ScoredIdsSource* ScoredIdsSource::unserialise(const std::string& serialised) const {
    NumberReader in(serialised, "morgue::ScoredIdsSource");
    const auto count = in.count();
    std::vector<Xapian::docid> ids;
    std::vector<double> weights;
    for (std::size_t i = 0; i < count; ++i) {
        ids.push_back(in.docid());
        weights.push_back(in.number());
    }
    in.finish();
    if (!std::is_sorted(ids.begin(), ids.end())) throw Xapian::SerialisationError("bad morgue::ScoredIdsSource: ids out of order");
    return new ScoredIdsSource(std::move(ids), std::move(weights));
}

std::string NewerSource::serialise() const {
    std::string out;
    put_number(out, after_);
    return out;
}

NewerSource* NewerSource::unserialise(const std::string& serialised) const {
    NumberReader in(serialised, "morgue::NewerSource");
    const Xapian::docid after = in.docid();
    in.finish();
    return new NewerSource(after);
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
