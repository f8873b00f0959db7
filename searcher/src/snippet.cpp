#include "snippet.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace morgue {
namespace {

constexpr int kNoStem = -1;

struct WordSpan {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    int stem = kNoStem;  // index of the query stem the word matches
};

struct AnalyzedText {
    std::vector<WordSpan> words;
    std::vector<std::size_t> matches;  // indices into words, in text order
    bool complete = true;              // false when only a prefix of the text was analyzed
};

// Which words to show: [first, last] in AnalyzedText::words, fitted into [target_begin, target_end).
struct Window {
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t target_begin = 0;
    std::size_t target_end = 0;
};

// Start of the UTF-8 sequence holding byte `at`, so that a cut there never splits a character.
std::size_t code_point_floor(std::string_view text, std::size_t at) {
    if (at >= text.size()) return text.size();
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto i = static_cast<std::int32_t>(at);
    U8_SET_CP_START(bytes, 0, i);
    return static_cast<std::size_t>(i);
}

AnalyzedText analyze(const Analyzer& analyzer, std::string_view text, std::string_view language,
                     const std::set<std::string>& highlight_stems) {
    AnalyzedText out;
    std::string_view source = text.substr(0, code_point_floor(text, kMaxSnippetSourceBytes));
    out.complete = source.size() == text.size();
    std::unordered_map<std::string, int> stem_of_word;  // words repeat: stem each one once
    auto stem_index = [&](const std::string& word) {
        auto cached = stem_of_word.find(word);
        if (cached != stem_of_word.end()) return cached->second;
        auto it = highlight_stems.find(analyzer.stem(word, language));
        if (it == highlight_stems.end()) it = highlight_stems.find(word);
        int index = it == highlight_stems.end() ? kNoStem
                                                : static_cast<int>(std::distance(highlight_stems.begin(), it));
        stem_of_word.emplace(word, index);
        return index;
    };
    // A CJK run comes as its character pairs, then its characters: a matching pair marks the two
    // characters it covers, which are the words shown.
    std::vector<WordSpan> matching_pairs;
    bool after_pair = false;
    analyzer.for_each_word(source, [&](const Token& token) {
        int stem = highlight_stems.empty() ? kNoStem : stem_index(token.word);
        if (token.bigram) {
            if (!after_pair) matching_pairs.clear();  // a new run
            after_pair = true;
            if (stem != kNoStem) matching_pairs.push_back(WordSpan{token.begin, token.end, stem});
            return;
        }
        after_pair = false;
        if (token.part) {  // "77" of "2.77": a matching part marks the whole word
            if (stem != kNoStem && !out.words.empty() && out.words.back().stem == kNoStem) {
                out.words.back().stem = stem;
                out.matches.push_back(out.words.size() - 1);
            }
            return;
        }
        for (std::size_t i = 0; stem == kNoStem && i < matching_pairs.size(); ++i)
            if (matching_pairs[i].begin <= token.begin && token.end <= matching_pairs[i].end) stem = matching_pairs[i].stem;
        if (stem != kNoStem) out.matches.push_back(out.words.size());
        out.words.push_back(WordSpan{token.begin, token.end, stem});
    });
    return out;
}

// The run of matches with the most distinct stems (then the most matches standing next to each
// other, as a phrase's words do, then the most matches, then the earliest) whose span fits in
// max_bytes; a single match always qualifies. Returns [first, last] match indices.
std::pair<std::size_t, std::size_t> best_match_run(const AnalyzedText& analyzed, std::size_t max_bytes) {
    const auto& words = analyzed.words;
    const auto& matches = analyzed.matches;
    auto adjacent = [&](std::size_t match) { return match > 0 && matches[match] == matches[match - 1] + 1; };
    std::vector<std::size_t> stem_counts;
    std::size_t distinct = 0;
    std::size_t pairs = 0;  // adjacent matches in the window
    auto add = [&](std::size_t match, std::size_t start) {
        auto stem = static_cast<std::size_t>(words[matches[match]].stem);
        if (stem >= stem_counts.size()) stem_counts.resize(stem + 1, 0);
        if (stem_counts[stem]++ == 0) ++distinct;
        if (match > start && adjacent(match)) ++pairs;
    };
    std::pair<std::size_t, std::size_t> best{0, 0};
    std::tuple<std::size_t, std::size_t, std::size_t> best_score{0, 0, 0};
    std::size_t end = 0;  // one past the last match in the window starting at `start`
    for (std::size_t start = 0; start < matches.size(); ++start) {
        if (end == start) add(end++, start);
        std::uint32_t begin_byte = words[matches[start]].begin;
        while (end < matches.size() && words[matches[end]].end - begin_byte <= max_bytes) add(end++, start);
        const std::tuple<std::size_t, std::size_t, std::size_t> score{distinct, pairs, end - start};
        if (score > best_score) {
            best = {start, end - 1};
            best_score = score;
        }
        auto stem = static_cast<std::size_t>(words[matches[start]].stem);
        if (--stem_counts[stem] == 0) --distinct;
        if (start + 1 < end && adjacent(start + 1)) --pairs;
    }
    return best;
}

// Widens the byte span [begin, end) to about max_bytes, half the spare room before it, and
// snaps it to the whole words inside.
Window fit_window(const AnalyzedText& analyzed, std::size_t text_size, std::size_t begin, std::size_t end,
                  std::size_t max_bytes) {
    const auto& words = analyzed.words;
    std::size_t spare = max_bytes > end - begin ? max_bytes - (end - begin) : 0;
    Window window;
    window.target_begin = begin - std::min(begin, spare / 2);
    window.target_end = std::min(text_size, std::max(end, window.target_begin + max_bytes));
    if (window.target_end - window.target_begin < max_bytes)
        window.target_begin = window.target_end > max_bytes ? window.target_end - max_bytes : 0;
    window.target_begin = std::min(window.target_begin, begin);

    auto first = std::lower_bound(words.begin(), words.end(), window.target_begin,
                                  [](const WordSpan& w, std::size_t at) { return w.begin < at; });
    auto after = std::upper_bound(words.begin(), words.end(), std::max(window.target_end, end),
                                  [](std::size_t at, const WordSpan& w) { return at < w.end; });
    window.first = static_cast<std::size_t>(first - words.begin());
    window.last = static_cast<std::size_t>(after - words.begin());
    window.last = window.last > window.first ? window.last - 1 : window.first;
    return window;
}

bool is_blank(UChar32 c) { return c >= 0 && (c < 0x20 || c == 0x7F || u_isUWhiteSpace(c)); }

bool has_visible_text(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto length = static_cast<std::int32_t>(std::min(text.size(), kMaxSnippetSourceBytes));
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (!is_blank(c)) return true;
    }
    return false;
}

// Appends text with whitespace and control runs collapsed to one space (dropped at the edges)
// and invalid UTF-8 replaced, so that a snippet is always one clean line.
class SnippetWriter {
public:
    void text(std::string_view part) {
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(part.data());
        auto length = static_cast<std::int32_t>(part.size());
        for (std::int32_t i = 0; i < length;) {
            std::int32_t start = i;
            UChar32 c = 0;
            U8_NEXT(bytes, i, length, c);
            if (c < 0) {
                literal("\xEF\xBF\xBD");
            } else if (is_blank(c)) {
                space_pending_ = !out_.empty();
            } else {
                literal(part.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
            }
        }
    }
    void literal(std::string_view part) {
        if (space_pending_) out_ += ' ';
        space_pending_ = false;
        out_ += part;
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
    bool space_pending_ = false;
};


std::string render(std::string_view text, const AnalyzedText& analyzed, const Window& window,
                   const SnippetOptions& options) {
    const auto& words = analyzed.words;
    bool at_text_start = window.first == 0;
    bool at_text_end = window.last + 1 == words.size() && analyzed.complete;
    // Next to the text's edges the window may also take in the punctuation around the outer words.
    std::size_t begin = words[window.first].begin;
    if (at_text_start) begin = std::min(begin, code_point_floor(text, window.target_begin));
    std::size_t end = words[window.last].end;
    if (at_text_end) end = std::max<std::size_t>(end, code_point_floor(text, window.target_end));

    SnippetWriter writer;
    std::size_t at = begin;
    bool open = false;  // matching words with nothing between them (CJK characters) share one highlight
    for (std::size_t i = window.first; i <= window.last; ++i) {
        const bool match = words[i].stem != kNoStem;
        if (open && (!match || words[i].begin != at)) {
            writer.literal(options.highlight_close);
            open = false;
        }
        writer.text(text.substr(at, words[i].begin - at));
        if (match && !open) writer.literal(options.highlight_open);
        open = match;
        writer.text(text.substr(words[i].begin, words[i].end - words[i].begin));
        at = words[i].end;
    }
    if (open) writer.literal(options.highlight_close);
    writer.text(text.substr(at, end - at));
    std::string snippet;
    if (!at_text_start || has_visible_text(text.substr(0, begin))) snippet += options.ellipsis;
    snippet += writer.take();
    if (!at_text_end || has_visible_text(text.substr(end))) snippet += options.ellipsis;
    return snippet;
}

// No word at all (only punctuation or symbols): the first max_bytes, cut between characters.
std::string render_wordless(std::string_view text, const SnippetOptions& options) {
    std::size_t end = code_point_floor(text, options.max_bytes);
    SnippetWriter writer;
    writer.text(text.substr(0, end));
    std::string snippet = writer.take();
    if (has_visible_text(text.substr(end))) snippet += options.ellipsis;
    return snippet;
}

}  // namespace

std::string make_snippet(const Analyzer& analyzer, std::string_view text, std::string_view language,
                         const std::set<std::string>& highlight_stems, const SnippetOptions& options) {
    if (text.empty()) return {};
    AnalyzedText analyzed = analyze(analyzer, text, language, highlight_stems);
    if (analyzed.words.empty()) return render_wordless(text, options);

    std::size_t begin = 0;
    std::size_t end = 0;
    if (!analyzed.matches.empty()) {
        auto [first, last] = best_match_run(analyzed, options.max_bytes);
        begin = analyzed.words[analyzed.matches[first]].begin;
        end = analyzed.words[analyzed.matches[last]].end;
    }
    std::size_t analyzed_size = analyzed.complete ? text.size() : analyzed.words.back().end;
    Window window = fit_window(analyzed, analyzed_size, begin, end, options.max_bytes);
    return render(text, analyzed, window, options);
}

}  // namespace morgue
