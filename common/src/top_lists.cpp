#include <morgue/error.hpp>
#include <morgue/top_lists.hpp>

#include <cstdio>

namespace morgue {

std::string top_list_key(std::string_view term) { return std::string(kMetaTopListPrefix) + std::string(term); }

std::string encode_docids(const std::vector<Xapian::docid>& ascending) {
    std::string out;
    Xapian::docid previous = 0;
    for (Xapian::docid id : ascending) {
        Xapian::docid delta = id - previous;
        previous = id;
        while (delta >= 0x80) {
            out += static_cast<char>((delta & 0x7F) | 0x80);
            delta >>= 7;
        }
        out += static_cast<char>(delta);
    }
    return out;
}

std::vector<Xapian::docid> decode_docids(std::string_view encoded) {
    std::vector<Xapian::docid> ids;
    Xapian::docid previous = 0;
    for (std::size_t i = 0; i < encoded.size();) {
        std::uint64_t delta = 0;
        for (int shift = 0;; shift += 7) {
            if (i == encoded.size() || shift > 28) throw DatabaseError("a precomputed top list in the database is corrupt");
            const auto byte = static_cast<unsigned char>(encoded[i++]);
            delta |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) break;
        }
        if (delta == 0 || previous + delta > 0xFFFFFFFFu) throw DatabaseError("a precomputed top list in the database is corrupt");
        previous += static_cast<Xapian::docid>(delta);
        ids.push_back(previous);
    }
    return ids;
}

std::string top_lists_mark(const Xapian::Database& db) {
    return std::to_string(db.get_lastdocid()) + " " + std::to_string(db.get_lastdocid() - db.get_doccount());
}

std::optional<Xapian::docid> top_lists_up_to(const Xapian::Database& db) {
    const std::string mark = db.get_metadata(std::string(kMetaTopListsUpTo));
    unsigned long up_to = 0, gaps = 0;
    if (std::sscanf(mark.c_str(), "%lu %lu", &up_to, &gaps) != 2) return std::nullopt;
    // Only deletions make gaps in document ids, and they drop the lists. Other gaps mean the ids
    // were renumbered (xapian-compact of a database with deletions): the lists name other documents.
    if (db.get_lastdocid() - db.get_doccount() != gaps) return std::nullopt;
    return static_cast<Xapian::docid>(up_to);
}

}  // namespace morgue
