#include "presence_source.hpp"

#include <algorithm>
#include <charconv>

namespace morgue {

PresenceSource::PresenceSource(std::vector<std::string> terms, double weight)
    : terms_(std::move(terms)), weight_(weight) {}

void PresenceSource::init(const Xapian::Database& db) {
    db_ = db;
    postings_.clear();
    termfreq_min_ = termfreq_max_ = 0;
    for (const std::string& term : terms_) {
        postings_.push_back(db.postlist_begin(term));
        const Xapian::doccount frequency = db.get_termfreq(term);
        termfreq_min_ = std::max(termfreq_min_, frequency);
        termfreq_max_ = std::min(db.get_doccount(), termfreq_max_ + frequency);
    }
    set_maxweight(weight_);
    current_ = 0;
    started_ = false;
}

void PresenceSource::settle() {
    current_ = 0;
    for (std::size_t i = 0; i < postings_.size(); ++i)
        if (postings_[i] != db_.postlist_end(terms_[i]))
            current_ = current_ == 0 ? *postings_[i] : std::min(current_, *postings_[i]);
}

void PresenceSource::next(double) {
    if (!started_) {
        started_ = true;
        settle();
        return;
    }
    for (std::size_t i = 0; i < postings_.size(); ++i)
        if (postings_[i] != db_.postlist_end(terms_[i]) && *postings_[i] == current_) ++postings_[i];
    settle();
}

void PresenceSource::skip_to(Xapian::docid target, double) {
    started_ = true;
    for (auto& posting : postings_) posting.skip_to(target);
    settle();
}

// The weight, then the terms, each after its length.
std::string PresenceSource::serialise() const {
    std::string out = Xapian::sortable_serialise(weight_);
    out.insert(out.begin(), static_cast<char>(out.size()));
    for (const std::string& term : terms_) {
        out += std::to_string(term.size()) + ':';
        out += term;
    }
    return out;
}

PresenceSource* PresenceSource::unserialise(const std::string& serialised) const {
    if (serialised.empty()) throw Xapian::SerialisationError("bad morgue::PresenceSource");
    const auto size = static_cast<unsigned char>(serialised[0]);
    if (1u + size > serialised.size()) throw Xapian::SerialisationError("bad morgue::PresenceSource");
    const double weight = Xapian::sortable_unserialise(serialised.substr(1, size));
    std::vector<std::string> terms;
    for (std::size_t at = 1 + size; at < serialised.size();) {
        const std::size_t colon = serialised.find(':', at);
        if (colon == std::string::npos) throw Xapian::SerialisationError("bad morgue::PresenceSource");
        std::size_t length = 0;
        const auto [end, error] = std::from_chars(serialised.data() + at, serialised.data() + colon, length);
        if (error != std::errc() || end != serialised.data() + colon || colon + 1 + length > serialised.size())
            throw Xapian::SerialisationError("bad morgue::PresenceSource");
        terms.push_back(serialised.substr(colon + 1, length));
        at = colon + 1 + length;
    }
    return new PresenceSource(std::move(terms), weight);
}

}  // namespace morgue
