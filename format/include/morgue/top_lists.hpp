#pragma once

#include <morgue/schema.hpp>

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// Precomputed best matches of frequent words ("champion lists"). Scoring every posting of a word
// found in a large share of the archive is what makes one-word queries slow; so for each frequent
// word the database keeps, in its metadata, the documents that ranked highest for
// plain_word_query(stem) when the lists were built. A search for that word scores only those, plus
// every document added since (higher document ids), and returns the same top hits. Replacing or
// deleting an article keeps every list: its id is recorded as revised (kMetaTopListsRevised), a
// search leaves revised ids out of the lists and matches the revised articles still present in
// full, as it does the articles added since. So the lists stay the best of the unrevised articles,
// and a list still answers a page when, without its revised ids, it holds offset + limit.
// Lists are kept by term: a body word's list answers the plain one-word query (headline and body),
// a headline term's list answers "headline:word". Each listed document comes with the wdf of every
// term the query scores, so a search scores the list without reading any posting list.
inline constexpr std::string_view kMetaTopListsUpTo = "morgue.top_lists_upto";  // top_lists_mark()
inline constexpr std::string_view kMetaTopListPrefix = "morgue.top:";           // + term
inline constexpr std::string_view kMetaTopListsRevised = "morgue.top_lists_revised";  // encode_document_ids()
// Past this many revised articles the lists are dropped: matching the revised ones in full would
// cost more than the lists save, and a rebuild is due.
inline constexpr std::size_t kMaxRevisedDocuments = 4096;

std::string top_list_key(std::string_view term);

// What a term's list answers: a ranked query, the sum over `terms` of each field term scaled by
// its field's weight (plain_word_query for a body word, field_word_query for a headline term).
struct ListedTerm {
    std::string term;
    const FieldSpec* field;
};
struct ListedQuery {
    Xapian::Query query;
    std::vector<ListedTerm> terms;
};
// nullopt for a term that gets no list (other fields, boolean terms).
std::optional<ListedQuery> query_listed_by(std::string_view term);

// A list: document ids ascending, each with one wdf per listed term (0: the document lacks it).
struct TopList {
    std::vector<Xapian::docid> ids;
    std::vector<Xapian::termcount> wdfs;  // ids.size() rows of `terms_per_document`
};
// Delta-encoded ids and wdfs as varints.
std::string encode_top_list(const TopList& list, std::size_t terms_per_document);
// Throws morgue::DatabaseError on a malformed list.
TopList decode_top_list(std::string_view encoded, std::size_t terms_per_document);

// Ascending document ids, delta-encoded as varints (the revised articles).
std::string encode_document_ids(const std::vector<Xapian::docid>& ascending_ids);
std::vector<Xapian::docid> decode_document_ids(std::string_view encoded);
// The articles replaced or deleted since the lists were built, ascending.
std::vector<Xapian::docid> top_lists_revised(const Xapian::Database& db);

// The value of kMetaTopListsUpTo for lists built now: the last document id and the number of
// gaps in document ids, so that lists survive compaction only if it keeps the ids.
std::string top_lists_mark(const Xapian::Database& db);
// The mark for lists valid up to `up_to` in a database whose document ids have `gaps` gaps.
std::string top_lists_mark(Xapian::docid up_to, Xapian::doccount gaps);
// The last document id the lists cover, if the database has valid lists.
std::optional<Xapian::docid> top_lists_up_to(const Xapian::Database& db);

}  // namespace morgue
