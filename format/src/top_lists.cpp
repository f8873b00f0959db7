#include <morgue/error.hpp>
#include <morgue/ranking.hpp>
#include <morgue/terms.hpp>
#include <morgue/top_lists.hpp>

#include <cstdint>
#include <cstdio>

namespace morgue {

std::string top_list_key(std::string_view term) { return std::string(kMetaTopListPrefix) + std::string(term); }

namespace {

void put_varint(std::string& out, std::uint32_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

[[noreturn]] void corrupt() { throw DatabaseError("a precomputed top list in the database is corrupt"); }

std::uint32_t get_varint(std::string_view encoded, std::size_t& i) {
    std::uint64_t value = 0;
    for (int shift = 0;; shift += 7) {
        if (i == encoded.size() || shift > 28) corrupt();
        const auto byte = static_cast<unsigned char>(encoded[i++]);
        value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80)) break;
    }
    if (value > 0xFFFFFFFFu) corrupt();
    return static_cast<std::uint32_t>(value);
}

}  // namespace

std::optional<ListedQuery> query_listed_by(std::string_view term) {
    const FieldSpec& headline = field_spec(FieldId::Headline);
    if (is_field_term(field_spec(FieldId::Body), term)) {
        return ListedQuery{plain_word_query(std::string(term)), {{std::string(term), &field_spec(FieldId::Body)}}};
    }
    if (is_field_term(headline, term)) {
        const std::string word(term.substr(headline.prefix.size()));
        return ListedQuery{field_word_query(headline, word), {{std::string(term), &headline}}};
    }
    return std::nullopt;
}

std::string encode_top_list(const TopList& list, std::size_t terms_per_document) {
    std::string out;
    Xapian::docid previous = 0;
    for (std::size_t row = 0; row < list.ids.size(); ++row) {
        put_varint(out, list.ids[row] - previous);
        previous = list.ids[row];
        for (std::size_t t = 0; t < terms_per_document; ++t) put_varint(out, list.wdfs[row * terms_per_document + t]);
    }
    return out;
}

TopList decode_top_list(std::string_view encoded, std::size_t terms_per_document) {
    TopList list;
    Xapian::docid previous = 0;
    for (std::size_t i = 0; i < encoded.size();) {
        const std::uint32_t delta = get_varint(encoded, i);
        if (delta == 0 || std::uint64_t{previous} + delta > 0xFFFFFFFFu) corrupt();
        previous += delta;
        list.ids.push_back(previous);
        for (std::size_t t = 0; t < terms_per_document; ++t) list.wdfs.push_back(get_varint(encoded, i));
    }
    return list;
}

std::string encode_document_ids(const std::vector<Xapian::docid>& ascending_ids) {
    return encode_top_list(TopList{ascending_ids, {}}, 0);
}

std::vector<Xapian::docid> decode_document_ids(std::string_view encoded) {
    return decode_top_list(encoded, 0).ids;
}

std::vector<Xapian::docid> top_lists_revised(const Xapian::Database& db) {
    return decode_document_ids(db.get_metadata(std::string(kMetaTopListsRevised)));
}

std::string top_lists_mark(const Xapian::Database& db) {
    return top_lists_mark(db.get_lastdocid(), db.get_lastdocid() - db.get_doccount());
}

std::string top_lists_mark(Xapian::docid up_to, Xapian::doccount gaps) {
    return std::to_string(up_to) + " " + std::to_string(gaps);
}

std::optional<Xapian::docid> top_lists_up_to(const Xapian::Database& db) {
    const std::string mark = db.get_metadata(std::string(kMetaTopListsUpTo));
    unsigned long up_to = 0, gaps = 0;
    if (std::sscanf(mark.c_str(), "%lu %lu", &up_to, &gaps) != 2) return std::nullopt;
    // Only deletions make gaps in document ids, and each one updates the mark's count of them
    // (note_revised_document). Other counts mean the ids were renumbered (xapian-compact of a
    // database with deletions): the lists name other documents.
    if (db.get_lastdocid() - db.get_doccount() != gaps) return std::nullopt;
    return static_cast<Xapian::docid>(up_to);
}

}  // namespace morgue
