#include "corpus_sample.hpp"

#include <morgue/stored_article.hpp>

#include <xapian.h>

#include <algorithm>
#include <set>

namespace morgue::bench {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Words mixed with digits or other scripts ("1987", "co-op", "café") are skipped but break phrases.
void push_word(std::vector<SampleWord>& words, const std::string& text, std::size_t begin, std::size_t end,
               bool follows) {
    const bool clean = (begin == 0 || static_cast<unsigned char>(text[begin - 1]) < 0x80) &&
                       (end == text.size() || static_cast<unsigned char>(text[end]) < 0x80);
    std::string word;
    for (std::size_t i = begin; i < end; ++i) word += lower(text[i]);
    words.push_back({clean ? word : std::string(), follows});
}

}  // namespace

std::vector<SampleWord> sample_words(const std::string& text) {
    std::vector<SampleWord> words;
    std::size_t i = 0, previous_end = std::string::npos;
    while (i < text.size()) {
        if (!is_letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_letter(text[end])) ++end;
        const bool follows = previous_end != std::string::npos && i == previous_end + 1 && text[previous_end] == ' ';
        push_word(words, text, i, end, follows);
        previous_end = end;
        i = end;
    }
    return words;
}

CorpusSample::CorpusSample(const std::string& database, std::size_t articles, std::uint64_t seed) {
    const Xapian::Database db(database);
    std::mt19937_64 random(seed);
    const Xapian::docid last = db.get_lastdocid();
    std::set<Xapian::docid> chosen;
    for (std::size_t attempts = 0; chosen.size() < std::min<std::size_t>(articles, db.get_doccount()) &&
                                   attempts < articles * 20; ++attempts) {
        const auto docid = static_cast<Xapian::docid>(1 + random() % last);
        if (chosen.count(docid)) continue;
        try {
            const Article article = decode_stored_article(db.get_document(docid).get_data());
            chosen.insert(docid);
            articles_.push_back({sample_words(article.headline), sample_words(article.body), article.byline, article.date});
        } catch (const Xapian::DocNotFoundError&) {
        }
    }
    for (const auto& article : articles_) {
        std::set<std::string> seen;
        for (const auto* part : {&article.headline, &article.body})
            for (const auto& word : *part)
                if (!word.text.empty()) seen.insert(word.text);
        for (const auto& word : seen) ++frequency_[word];
    }
    for (const auto& [word, count] : frequency_) by_frequency_.push_back(word);
    std::sort(by_frequency_.begin(), by_frequency_.end(), [this](const std::string& a, const std::string& b) {
        const auto fa = frequency_.at(a), fb = frequency_.at(b);
        return fa != fb ? fa > fb : a < b;
    });
    for (std::size_t r = 0; r < by_frequency_.size(); ++r) rank_[by_frequency_[r]] = r;
}

std::size_t CorpusSample::rank(const std::string& word) const {
    const auto it = rank_.find(word);
    return it == rank_.end() ? by_frequency_.size() : it->second;
}

std::size_t CorpusSample::document_frequency(const std::string& word) const {
    const auto it = frequency_.find(word);
    return it == frequency_.end() ? 0 : it->second;
}

}  // namespace morgue::bench
