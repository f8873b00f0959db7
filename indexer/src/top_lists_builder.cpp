#include "top_lists_builder.hpp"

#include "parallel_for.hpp"

#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace morgue {
namespace {

// The best documents for `listed`, with the wdf of each listed term in each.
TopList best_documents(const Xapian::Database& db, Xapian::Enquire& enquire, const ListedQuery& listed,
                       Xapian::doccount size) {
    enquire.set_query(listed.query);
    const Xapian::MSet best = enquire.get_mset(0, size);
    TopList list;
    for (auto hit = best.begin(); hit != best.end(); ++hit) list.ids.push_back(*hit);
    std::sort(list.ids.begin(), list.ids.end());
    const std::size_t width = listed.terms.size();
    list.wdfs.assign(list.ids.size() * width, 0);
    for (std::size_t t = 0; t < width; ++t) {
        auto posting = db.postlist_begin(listed.terms[t].term);
        for (std::size_t row = 0; row < list.ids.size(); ++row) {
            posting.skip_to(list.ids[row]);
            if (posting == db.postlist_end(listed.terms[t].term)) break;
            if (*posting == list.ids[row]) list.wdfs[row * width + t] = posting.get_wdf();
        }
    }
    return list;
}

void remove_lists(Xapian::WritableDatabase& db) {
    const std::string prefix(kMetaTopListPrefix);
    std::vector<std::string> keys;
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) keys.push_back(*it);
    for (const auto& key : keys) db.set_metadata(key, "");  // an empty value removes the key
}

}  // namespace

std::size_t build_top_lists(Xapian::WritableDatabase& db, const std::string& path, const TopListLimits& limits,
                            unsigned threads) {
    // Read everything first, then write: metadata lives in the table the term iterator walks.
    std::vector<std::pair<std::string, ListedQuery>> terms;
    for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it)
        if (it.get_termfreq() >= limits.min_articles)
            if (auto listed = query_listed_by(*it)) terms.emplace_back(*it, std::move(*listed));

    // Each thread reads the committed database through its own handle (Xapian objects are not shared).
    std::vector<std::string> lists(terms.size());
    const std::size_t chunk = std::max<std::size_t>(1, (terms.size() + threads - 1) / std::max(1u, threads));
    parallel_for((terms.size() + chunk - 1) / chunk, threads, [&](std::size_t part) {
        Xapian::Database reader(path);
        Xapian::Enquire enquire(reader);
        enquire.set_weighting_scheme(ranking_weight(reader));
        for (std::size_t i = part * chunk; i < std::min(terms.size(), (part + 1) * chunk); ++i) {
            const ListedQuery& listed = terms[i].second;
            const TopList best = best_documents(reader, enquire, listed, static_cast<Xapian::doccount>(limits.list_size));
            lists[i] = encode_top_list(best, listed.terms.size());
        }
    });

    remove_lists(db);
    for (std::size_t i = 0; i < terms.size(); ++i) db.set_metadata(top_list_key(terms[i].first), lists[i]);
    db.set_metadata(std::string(kMetaTopListsRevised), "");
    db.set_metadata(std::string(kMetaTopListsUpTo), top_lists_mark(db));
    return terms.size();
}

void drop_top_lists(Xapian::WritableDatabase& db) {
    if (!db.get_metadata(std::string(kMetaTopListsUpTo)).empty()) db.set_metadata(std::string(kMetaTopListsUpTo), "");
    if (!db.get_metadata(std::string(kMetaTopListsRevised)).empty())
        db.set_metadata(std::string(kMetaTopListsRevised), "");
}

void note_revised_document(Xapian::WritableDatabase& db, Xapian::docid id, bool deleting) {
    const std::optional<Xapian::docid> up_to = top_lists_up_to(db);
    if (!up_to) return;  // no valid lists to keep
    // Documents after up_to are matched in full anyway; only listed ones can be stale.
    if (id <= *up_to) {
        std::vector<Xapian::docid> revised = top_lists_revised(db);
        const auto at = std::lower_bound(revised.begin(), revised.end(), id);
        if (at == revised.end() || *at != id) {
            if (revised.size() >= kMaxRevisedDocuments) {
                drop_top_lists(db);
                return;
            }
            revised.insert(at, id);
            db.set_metadata(std::string(kMetaTopListsRevised), encode_document_ids(revised));
        }
    }
    if (deleting) {
        const Xapian::doccount gaps_after = db.get_lastdocid() - db.get_doccount() + 1;
        db.set_metadata(std::string(kMetaTopListsUpTo), top_lists_mark(*up_to, gaps_after));
    }
}

}  // namespace morgue
