#include "cjk_run.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/error.hpp>
#include <morgue/language.hpp>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <xapian.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace morgue {
namespace {

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// U+2019 RIGHT SINGLE QUOTATION MARK is the usual apostrophe in typeset news ("Xi’s");
// NFKC leaves it alone, so fold it to ' for the stemmer, which strips possessive 's.
void fold_apostrophes(std::string& s) {
    static constexpr std::string_view kCurly = "\xE2\x80\x99";
    for (auto at = s.find(kCurly); at != std::string::npos; at = s.find(kCurly, at + 1)) s.replace(at, kCurly.size(), "'");
}

// Where the next full stop or apostrophe inside a word is, from `from`, and its size in bytes;
// (word.size(), 0) when there is none. UAX #29 keeps "U.S", "2.77" and "Italy's" whole.
std::pair<std::size_t, std::size_t> next_inner_stop(std::string_view word, std::size_t from) {
    static constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";
    for (std::size_t i = from; i < word.size(); ++i) {
        if (word[i] == '.' || word[i] == '\'') return {i, 1};
        if (word.substr(i, kCurlyApostrophe.size()) == kCurlyApostrophe) return {i, kCurlyApostrophe.size()};
    }
    return {word.size(), 0};
}

struct UTextCloser {
    void operator()(UText* t) const { utext_close(t); }
};

}  // namespace

struct Analyzer::Impl {
    const icu::Normalizer2* nfkc_casefold = nullptr;
    std::unique_ptr<icu::BreakIterator> word_breaker;
    // Snowball is a third of the indexer's time on ordinary text, and a few thousand words make up
    // most of any text: each language's stems are remembered, up to kMaxRememberedStems words.
    struct LanguageStemmer {
        Xapian::Stem stemmer;
        std::unordered_map<std::string, std::string> remembered;
    };
    static constexpr std::size_t kMaxRememberedStems = 100'000;
    mutable std::map<std::string, LanguageStemmer, std::less<>> stemmers;

    Impl() {
        UErrorCode status = U_ZERO_ERROR;
        nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status)) throw Error(std::string("ICU normalizer unavailable: ") + u_errorName(status));
        word_breaker.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) throw Error(std::string("ICU word breaker unavailable: ") + u_errorName(status));
    }

    std::string fold(std::string_view text) const {
        std::string out;
        if (is_ascii(text)) {
            out.assign(text);
            std::transform(out.begin(), out.end(), out.begin(),
                           [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
            return out;
        }
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString folded = nfkc_casefold->normalize(
            icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))), status);
        if (U_FAILURE(status)) return out;
        folded.toUTF8String(out);
        fold_apostrophes(out);
        return out;
    }

    // Xapian::Stem() leaves words unchanged: languages without a Snowball stemmer.
    LanguageStemmer& stemmer(std::string_view language) const {
        auto it = stemmers.find(language);
        if (it == stemmers.end()) {
            const LanguageInfo* known = find_language(language);
            Xapian::Stem stem = known ? (known->stemmer.empty() ? Xapian::Stem() : Xapian::Stem(std::string(known->stemmer)))
                                      : Xapian::Stem(std::string(language));
            it = stemmers.emplace(std::string(language), LanguageStemmer{std::move(stem), {}}).first;
        }
        return it->second;
    }

    std::string stem(std::string_view word, std::string_view language) const {
        LanguageStemmer& language_stemmer = stemmer(language);
        std::string key(word);
        if (const auto known = language_stemmer.remembered.find(key); known != language_stemmer.remembered.end())
            return known->second;
        std::string stemmed = language_stemmer.stemmer(key);
        if (language_stemmer.remembered.size() >= kMaxRememberedStems) language_stemmer.remembered.clear();
        language_stemmer.remembered.emplace(std::move(key), stemmed);
        return stemmed;
    }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

void Analyzer::for_each_word(std::string_view text, const std::function<void(const Token&)>& emit,
                             AnalyzerMode mode) const {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> utext(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    if (U_FAILURE(status)) throw Error(std::string("cannot segment text: ") + u_errorName(status));
    auto& breaker = *impl_->word_breaker;
    breaker.setText(utext.get(), status);
    if (U_FAILURE(status)) throw Error(std::string("cannot segment text: ") + u_errorName(status));

    const auto fold = [this](std::string_view part) { return impl_->fold(part); };
    CjkRun run;
    Token token;
    std::uint32_t position = 0;
    int32_t begin = breaker.first();
    for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE; begin = end, end = breaker.next()) {
        // Rule status below UBRK_WORD_NONE_LIMIT marks spaces and punctuation; numbers, letters,
        // kana and ideographs are all words.
        if (breaker.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        const std::string_view segment = text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
        const auto segment_begin = static_cast<std::uint32_t>(begin);
        const bool cjk = CjkRun::is_cjk(segment);
        // Dictionary words standing next to each other make one run; anything between them ends it.
        if (!run.empty() && (!cjk || run.end() != segment_begin || run.size() >= CjkRun::kMaxCharacters))
            position += run.flush(mode, position, emit);
        if (cjk) {
            for (std::size_t taken = run.add(segment, segment_begin, fold); taken < segment.size();) {
                position += run.flush(mode, position, emit);  // full
                taken += run.add(segment.substr(taken), segment_begin + static_cast<std::uint32_t>(taken), fold);
            }
            continue;
        }
        token.word = impl_->fold(segment);
        token.position = position++;
        if (token.word.empty() || token.word.size() > kMaxWordBytes) continue;
        token.begin = segment_begin;
        token.end = static_cast<std::uint32_t>(end);
        token.part = false;
        emit(token);
        if (mode == AnalyzerMode::Document && next_inner_stop(segment, 0).first != segment.size())
            emit_parts(segment, token, emit);
    }
    if (!run.empty()) run.flush(mode, position, emit);
}

void Analyzer::emit_parts(std::string_view segment, Token token, const std::function<void(const Token&)>& emit) const {
    const std::uint32_t segment_begin = token.begin;
    token.part = true;
    for (std::size_t start = 0; start < segment.size();) {
        const auto [stop, stop_size] = next_inner_stop(segment, start);
        token.word = impl_->fold(segment.substr(start, stop - start));
        if (!token.word.empty()) {
            token.begin = segment_begin + static_cast<std::uint32_t>(start);
            token.end = segment_begin + static_cast<std::uint32_t>(stop);
            emit(token);
        }
        start = stop + stop_size;
    }
}

std::vector<Token> Analyzer::words(std::string_view text, AnalyzerMode mode) const {
    std::vector<Token> out;
    for_each_word(text, [&out](const Token& t) { out.push_back(t); }, mode);
    return out;
}

std::string Analyzer::stem(std::string_view word, std::string_view language) const {
    if (language == "none") return std::string(word);
    return impl_->stem(word, language);
}

std::string Analyzer::fold(std::string_view text) const { return impl_->fold(text); }

std::string Analyzer::canonical_language(std::string_view language) {
    if (const LanguageInfo* known = find_language(language)) return std::string(known->name);
    throw Error("unknown language '" + std::string(language) + "': give " + accepted_language_forms());
}

std::string Analyzer::description() {
    // german2 and CJK pairs changed the terms of German and CJK text: older databases are refused.
    return "icu" U_ICU_VERSION_SHORT " uax29 nfkc_cf maxword=" + std::to_string(kMaxWordBytes) +
           " german2 cjk_pairs+chars/" + std::to_string(CjkRun::kMaxCharacters) + " parts_at_.'";
}

}  // namespace morgue
