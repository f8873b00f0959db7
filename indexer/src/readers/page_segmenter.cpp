#include "readers/page_segmenter.hpp"

#include "readers/page_date.hpp"
#include "readers/dateline.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace morgue::readers {
namespace {

constexpr std::size_t kMaxFlattenedLineBytes = 1 << 20;
constexpr std::size_t kMinFlattenedLineBytes = 200;
constexpr std::size_t kMinSeparatorRuns = 3;
constexpr std::size_t kMinMarkerCuts = 2;
constexpr std::size_t kDatelineLookahead = 120;
constexpr std::size_t kDateLookahead = 80;
constexpr std::size_t kCapitalisedRunWords = 3;

// Widgets and list headings a page repeats around every article; a cut is made before and after them.
constexpr std::array<std::string_view, 22> kWidgetMarkers = {
    "Share", "Tweet", "Print", "Email", "E-mail", "Sign in", "Sign In", "Log in", "Subscribe", "Most read",
    "Most popular", "Related", "Comments", "Advertisement", "Cookie settings", "Accept all", "Copyright",
    "\xC2\xA9", "All rights reserved", "Terms of use", "Privacy policy", "Menu"};
// Labels that open a metadata block; a cut is made before them.
constexpr std::array<std::string_view, 6> kLabels = {"Updated:", "Published:", "Posted:", "Last updated:", "Source:",
                                                     "By "};
constexpr std::array<std::string_view, 4> kDateLabels = {"Updated:", "Published:", "Posted:", "Last updated:"};

bool is_upper(char c) { return (c >= 'A' && c <= 'Z'); }
bool is_capital_start(std::string_view text, std::size_t i) {
    return i < text.size() && (is_upper(text[i]) || static_cast<unsigned char>(text[i]) >= 0xC3 || text.substr(i).starts_with("\xC2\xA9"));
}

// After a widget marker: the end, or a space and a capitalised word (so "Share prices fell" is prose).
bool followed_by_capital(std::string_view text, std::size_t end) {
    return end == text.size() || (text[end] == ' ' && is_capital_start(text, end + 1));
}

// An ALL-CAPS word of two or more letters starting at i ("LONDON", "NEW").
bool is_caps_word(std::string_view text, std::size_t i) {
    std::size_t letters = 0;
    for (; i < text.size() && text[i] != ' '; ++i) {
        if (is_upper(text[i])) ++letters;
        else if (text[i] >= 'a' && text[i] <= 'z') return false;
    }
    return letters >= 2;
}

bool ends_sentence_before(std::string_view text, std::size_t i) {
    if (i < 2) return false;
    const char c = text[i - 2];
    return c == '.' || c == '!' || c == '?';
}

bool is_function_word(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kWords = {"The", "A", "An", "In", "On", "At",
                                                                "For", "But", "And", "It", "He", "She"};
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "Home News Sport": the next `count` words all capitalised, none a function word.
bool capitalised_run_at(std::string_view text, std::size_t i, std::size_t count) {
    for (std::size_t n = 0; n < count; ++n) {
        if (!is_capital_start(text, i)) return false;
        const std::size_t end = std::min(text.find(' ', i), text.size());
        const std::string_view word = text.substr(i, end - i);
        if (is_function_word(word) || word.ends_with('.') || word.ends_with(',')) return false;
        if (end == text.size()) return n + 1 == count;
        i = end + 1;
    }
    return true;
}

// Where the word before the one starting at i (> 0) starts.
std::size_t previous_word_start(std::string_view text, std::size_t i) {
    const std::size_t space = text.rfind(' ', i - 2);
    return space == std::string_view::npos ? 0 : space + 1;
}

// A date starts with a number or has one as its second word ("Jan 12, 2024"): a cheap test before
// trying to read one, so that a long line costs time in proportion to its length.
bool may_start_date(std::string_view text, std::size_t i) {
    if (i < text.size() && text[i] >= '0' && text[i] <= '9') return true;
    const std::size_t space = text.find(' ', i);
    return space != std::string_view::npos && space + 1 < text.size() && text[space + 1] >= '0' && text[space + 1] <= '9';
}

struct Cuts {
    std::set<std::size_t> at;
    std::size_t by_markers = 0;
    void add(std::size_t position, bool marker) {
        if (at.insert(position).second && marker) ++by_markers;
    }
};

// Cut positions inside one piece of collapsed text.
Cuts find_cuts(std::string_view text) {
    Cuts cuts;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && text[i - 1] != ' ') continue;  // only at word starts
        const std::string_view rest = text.substr(i);
        for (std::string_view marker : kWidgetMarkers) {
            if (!rest.starts_with(marker) || !followed_by_capital(text, i + marker.size())) continue;
            if (i > 0) cuts.add(i, true);
            if (i + marker.size() < text.size()) cuts.add(i + marker.size() + 1, true);
        }
        for (std::string_view label : kLabels) {
            if (!rest.starts_with(label)) continue;
            if (label == "By " && !is_capital_start(text, i + 3)) continue;
            if (i > 0) cuts.add(i, true);
            if (std::find(kDateLabels.begin(), kDateLabels.end(), label) == kDateLabels.end()) continue;
            std::size_t value = i + label.size();
            while (value < text.size() && text[value] == ' ') ++value;
            const std::size_t date = date_prefix_bytes(text.substr(value, kDateLookahead));
            if (date > 0 && value + date < text.size()) cuts.add(value + date + 1, true);
        }
        if (i > 0 && is_caps_word(text, i) && !(i >= 2 && is_upper(text[i - 2])) &&
            find_dateline(text.substr(i, kDatelineLookahead)))
            cuts.add(i, true);
        if (ends_sentence_before(text, i) && capitalised_run_at(text, i, kCapitalisedRunWords)) cuts.add(i, false);
        // A bare date after a name ("By Kenji Sato, Kyodo News Jan 12, 2024"), not after "on" or "since",
        // nor after a label, which keeps its date ("Updated: 21 June 2022").
        if (i >= 2 && text[i - 2] != ':' && may_start_date(text, i) && is_capital_start(text, previous_word_start(text, i))) {
            if (const std::size_t date = date_prefix_bytes(text.substr(i, kDateLookahead)); date > 0) {
                cuts.add(i, true);
                if (i + date < text.size()) cuts.add(i + date + 1, true);
            }
        }
    }
    return cuts;
}

bool is_separator_run(std::string_view line, std::size_t i, std::size_t& end) {
    std::size_t spaces = 0;
    bool tab = false;
    end = i;
    while (end < line.size()) {
        const std::size_t width = space_width(line, end);
        if (width == 0) break;
        tab = tab || line[end] == '\t';
        ++spaces;
        end += width;
    }
    return spaces >= 2 || tab;
}

}  // namespace

std::vector<TextSegment> segment_flattened_line(std::string_view line) {
    // A page is tens of kilobytes; a longer line is not a flattened page (a dump, a data file) and
    // is kept whole, so that segmenting cannot cost more than reading it.
    if (line.size() < kMinFlattenedLineBytes || line.size() > kMaxFlattenedLineBytes) return {};
    // Pieces between runs of two or more spaces (or a tab).
    std::vector<TextSegment> pieces;
    std::size_t separator_runs = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size();) {
        std::size_t end = i;
        if (i == line.size() || (space_width(line, i) > 0 && is_separator_run(line, i, end))) {
            if (std::string text = collapse_whitespace(line.substr(start, i - start)); !text.empty())
                pieces.push_back(TextSegment{std::move(text), start});
            if (i == line.size()) break;
            ++separator_runs;
            start = i = end;
            continue;
        }
        i += std::max<std::size_t>(space_width(line, i), 1);
    }
    std::vector<TextSegment> segments;
    std::size_t marker_cuts = 0;
    for (const TextSegment& piece : pieces) {
        const Cuts cuts = find_cuts(piece.text);
        marker_cuts += cuts.by_markers;
        std::size_t from = 0;
        const auto emit = [&](std::size_t to) {
            std::string_view text = std::string_view(piece.text).substr(from, to - from);
            while (text.ends_with(' ')) text.remove_suffix(1);
            if (!text.empty()) segments.push_back(TextSegment{std::string(text), piece.offset + from});
            from = to;
        };
        for (std::size_t cut : cuts.at) emit(cut);
        emit(piece.text.size());
    }
    if (separator_runs < kMinSeparatorRuns && marker_cuts < kMinMarkerCuts) return {};
    return segments;
}

}  // namespace morgue::readers
