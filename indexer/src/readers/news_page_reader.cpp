#include "readers/news_page_reader.hpp"

#include "readers/page_date.hpp"
#include "readers/dateline.hpp"
#include "readers/page_segmenter.hpp"
#include "readers/text_block_model.hpp"

#include <morgue/ascii.hpp>
#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace morgue::readers {
namespace {

// How many blank-line separated blocks may come before the byline/date block: section, headline, deck.
constexpr std::size_t kMaxHeaderBlocks = 5;
constexpr std::size_t kMaxTitleBytes = 200;
constexpr std::size_t kMaxTitleWords = 30;
constexpr std::size_t kMaxSectionWords = 5;
constexpr std::size_t kMaxSectionBytes = 50;
constexpr std::size_t kMaxBylineWords = 16;
constexpr std::size_t kMaxRelatedTitleWords = 20;
constexpr std::size_t kMaxCaptionCreditBytes = 60;
constexpr std::size_t kMaxTitleSiteBlocks = 12;
constexpr std::size_t kMinMenuRun = 3;
// A first line this short, followed by a longer paragraph, is the headline of a plain-text export
// even when it ends with a period ("Oil price hits $60 a barrel.").
constexpr std::size_t kMaxExportHeadlineWords = 20;

struct Line {
    std::string text;        // whitespace collapsed, without the line ending
    std::size_t offset = 0;  // byte offset of the line in the file
    std::size_t number = 0;  // 1-based line number
    bool flattened = false;  // a segment of a line that held a whole page
};
using Block = std::vector<Line>;  // the lines between two blank lines

std::vector<Block> split_blocks(std::string_view text) {
    std::vector<Block> blocks;
    Block current;
    std::size_t number = 1;
    std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // UTF-8 byte order mark
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view raw = text.substr(start, end - start);
        if (std::vector<TextSegment> segments = segment_flattened_line(raw); !segments.empty()) {
            // A page whose line breaks were lost: each segment is a block of its own.
            if (!current.empty()) blocks.push_back(std::move(current));
            current.clear();
            for (TextSegment& segment : segments)
                blocks.push_back(Block{Line{std::move(segment.text), start + segment.offset, number, true}});
            start = end + 1;
            ++number;
            continue;
        }
        std::string line = collapse_whitespace(raw);
        if (!line.empty()) {
            current.push_back(Line{std::move(line), start, number});
        } else if (!current.empty()) {
            blocks.push_back(std::move(current));
            current.clear();
        }
        start = end + 1;
        ++number;
    }
    if (!current.empty()) blocks.push_back(std::move(current));
    return blocks;
}

bool is_ascii_letter(char c) { return ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z'; }

bool istarts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && ascii_lower(text.substr(0, prefix.size())) == prefix;
}

std::string trim(std::string_view text, std::string_view junk = " ") {
    const auto first = text.find_first_not_of(junk);
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(junk) - first + 1));
}

std::size_t word_count(std::string_view text) {
    return text.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
}

std::string join_lines(const Block& block, std::string_view separator) {
    std::string out;
    for (const Line& line : block) {
        if (!out.empty()) out += separator;
        out += line.text;
    }
    return out;
}

// ASCII words of a line, lower-cased: runs of letters, '+' and '-' ("e-mail", "a+"); no more than
// `limit` of them, for a line of a page may be megabytes long.
std::vector<std::string> widget_words(std::string_view line, std::size_t limit) {
    std::vector<std::string> words;
    std::string word;
    for (char c : line) {
        if (words.size() == limit) return words;
        if (is_ascii_letter(c) || c == '+' || c == '-') {
            word += ascii_lower(c);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// Buttons and links of the page around the article: "Large Medium Small", "Print | E-mail | Share",
// "Comments (3)", "Font size: A A A", or a divider made of punctuation only.
bool is_widget_line(std::string_view line) {
    static constexpr std::array<std::string_view, 28> kActions = {
        "print", "share", "email", "e-mail", "comments", "comment", "font", "tweet", "bookmark", "reprint",
        "reprints", "permalink", "recommend", "facebook", "twitter", "linkedin", "whatsapp", "digg", "rss", "subscribe",
        // French and German
        "partager", "imprimer", "commentaires", "teilen", "drucken", "kommentare", "abonnieren", "envoyer"};
    static constexpr std::array<std::string_view, 9> kSizes = {"large", "medium", "small", "larger", "smaller",
                                                               "normal", "a", "a+", "a-"};
    static constexpr std::array<std::string_view, 19> kFillers = {
        "size", "text", "this", "article", "story", "page", "version", "printer", "friendly", "send",
        "to", "friend", "save", "like", "view", "the", "reset", "it", "on"};
    const auto in = [](const auto& list, const std::string& w) { return std::find(list.begin(), list.end(), w) != list.end(); };
    constexpr std::size_t kMaxWidgetWords = 10;
    const std::vector<std::string> words = widget_words(line, kMaxWidgetWords + 1);
    if (words.empty())
        return std::all_of(line.begin(), line.end(), [](char c) { return c > ' ' && c < 0x7F; }) &&
               std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (words.size() > kMaxWidgetWords) return false;
    std::size_t actions = 0;
    std::size_t sizes = 0;
    for (const std::string& w : words) {
        if (in(kActions, w)) ++actions;
        else if (in(kSizes, w)) ++sizes;
        else if (!in(kFillers, w)) return false;
    }
    return actions > 0 || sizes >= 2;
}

Block without_widgets(Block block) {
    std::erase_if(block, [](const Line& line) { return is_widget_line(line.text); });
    return block;
}

// "Related readings:", "Related stories", "See also:" open a list of links to other articles.
bool is_related_heading(std::string_view line) {
    const std::string bare = ascii_lower(trim(line, " :"));
    static constexpr std::array<std::string_view, 20> kHeadings = {
        "related", "see also", "read more", "also read", "more on this story", "more stories", "further reading",
        "most read", "most popular", "most viewed", "trending", "you may also like", "recommended", "read next",
        "more from this section", "meistgelesen", "lesen sie auch", "les plus lus", "\xC3\xA0 lire aussi",
        "lire aussi"};
    if (std::find(kHeadings.begin(), kHeadings.end(), bare) != kHeadings.end()) return true;
    return bare.starts_with("related ") && word_count(bare) <= 3;
}

// "... outside Moscow on Wednesday. [Agencies]", "[Photo/Xinhua]", "(Photo: Zhang Wei)", "Photo: AFP".
bool is_caption_line(std::string_view line) {
    if (istarts_with(line, "photo:") || istarts_with(line, "(photo")) return true;
    if (line.ends_with(']')) {
        const auto open = line.rfind('[');
        if (open == std::string_view::npos || line.size() - open - 2 > kMaxCaptionCreditBytes) return false;
        const char first = open + 1 < line.size() ? line[open + 1] : ']';
        return (first >= 'A' && first <= 'Z') || static_cast<unsigned char>(first) >= 0x80;
    }
    if (line.ends_with(')')) {
        const auto open = line.rfind('(');
        if (open == std::string_view::npos) return false;
        const std::string credit = ascii_lower(line.substr(open + 1));
        return credit.starts_with("photo") || credit.starts_with("file photo") || credit.starts_with("image") ||
               credit.find("photo:") != std::string::npos || credit.find("photo/") != std::string::npos;
    }
    return false;
}

// A block that can be a section, headline or deck: short, and not ending like a sentence.
bool is_title_block(const Block& block) {
    const std::string text = join_lines(block, " ");
    if (block.size() > 3 || text.size() > kMaxTitleBytes || word_count(text) > kMaxTitleWords) return false;
    return !text.ends_with('.') && !text.ends_with(".\"") && !text.ends_with(".\xE2\x80\x9D");
}

bool is_section_like(std::string_view title) {
    return word_count(title) <= kMaxSectionWords && title.size() <= kMaxSectionBytes;
}

std::vector<std::string> split_bars(std::string_view line) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t bar = line.find('|'); ; bar = line.find('|', start)) {
        std::string part = trim(line.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (!part.empty()) parts.push_back(std::move(part));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return parts;
}

struct MetaPart {
    enum class Kind { Widget, Byline, Source, Date, UnreadableDate, Other } kind = Kind::Other;
    std::string value;
    std::optional<DateTime> date;
};

// "By John Smith, Jr." but not "By noon the square was empty."
bool looks_like_byline(std::string_view line) {
    if (word_count(line) > kMaxBylineWords) return false;
    const bool sentence_end = line.ends_with('.') || line.ends_with('!') || line.ends_with('?');
    return !sentence_end || line.size() - line.rfind(' ') <= 4;  // an initial or "Jr." may end it
}

MetaPart classify_meta_part(const std::string& part) {
    using Kind = MetaPart::Kind;
    if (is_widget_line(part)) return {Kind::Widget, {}, {}};
    for (std::string_view label : {"by ", "by:", "written by ", "author:", "authors:", "reporter:", "writer:"}) {
        if (istarts_with(part, label) && looks_like_byline(part))
            return {Kind::Byline, label.starts_with("by") || label.starts_with("written") ? part : part.substr(label.size()), {}};
    }
    // French and German "By": only before a capitalised name ("Von der Leyen said" is not a byline).
    for (std::string_view label : {"par ", "von "}) {
        if (istarts_with(part, label) && part.size() > label.size() && part[label.size()] >= 'A' &&
            part[label.size()] <= 'Z' && looks_like_byline(part))
            return {Kind::Byline, part.substr(label.size()), {}};
    }
    if (istarts_with(part, "source:")) return {Kind::Source, trim(part.substr(7)), {}};
    static constexpr std::array<std::string_view, 24> kDateLabels = {
        "last updated:", "updated:", "updated on ", "updated at ", "published:", "published on ",
        "posted:", "posted on ", "posted at ", "date:", "time:", "publi\xC3\xA9 le ", "publi\xC3\xA9:",
        "mis \xC3\xA0 jour le ", "mis \xC3\xA0 jour :", "ver\xC3\xB6""ffentlicht:", "ver\xC3\xB6""ffentlicht am ",
        "aktualisiert:", "aktualisiert am ", "stand:", "datum:", "updated ", "published ", "posted "};
    for (std::string_view label : kDateLabels) {
        if (!istarts_with(part, label)) continue;
        auto date = parse_page_date(part.substr(label.size()), true);
        if (date) return {Kind::Date, {}, date};
        // A one-word label without a colon may be the first word of a sentence ("Posted guards stood ...").
        const bool one_word_label = label.find(' ') == label.size() - 1 && label.find(':') == std::string_view::npos;
        if (!one_word_label) return {Kind::UnreadableDate, part, {}};
    }
    if (auto date = parse_page_date(part, false)) return {Kind::Date, {}, date};
    return {};
}

// A line of the byline/date block is "Meta" only when every " | "-separated part of it is.
std::optional<std::vector<MetaPart>> meta_line(const std::string& line) {
    std::vector<MetaPart> parts;
    bool any_meta = false;
    for (const std::string& text : split_bars(line)) {
        MetaPart part = classify_meta_part(text);
        if (part.kind == MetaPart::Kind::Other) return std::nullopt;
        any_meta = any_meta || part.kind != MetaPart::Kind::Widget;
        parts.push_back(std::move(part));
    }
    if (!any_meta) return std::nullopt;
    return parts;
}

// Page furniture by the boilerplate model (text_block_model.hpp): menus, cookie banners, footers.
bool is_furniture_line(const Line& line) {
    if (meta_line(line.text)) return false;  // "By Ann Lee | Posted: ... | Source: ..." is not a menu
    if (is_menu_line(line.text)) return true;
    if (!is_furniture_text(line.text)) return false;
    // Prose that merely mentions a privacy policy stays; the cookie banner itself does not.
    if (!is_prose(block_features(line.text))) return true;
    const std::string folded = ascii_lower(line.text);
    return folded.find("we use cookies") != std::string::npos || folded.find("cookie policy") != std::string::npos ||
           folded.find("use of cookies") != std::string::npos;
}

bool is_menu_item_line(const Line& line) { return is_menu_item(line.text) && !meta_line(line.text); }

bool is_single_menu_item(const Block& block) { return block.size() == 1 && is_menu_item_line(block.front()); }

// "Harbour ferry fares to rise in April - The Coastal Post": the page title, "Headline - Site".
std::optional<std::string> title_site_headline(std::string_view line) {
    if (line.size() > 2 * kMaxTitleBytes) return std::nullopt;  // a paragraph, not a title (and rfind is slow on 50 MB)
    for (std::string_view separator : {" - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
        if (const auto at = line.rfind(separator); at != std::string_view::npos && at > 0)
            return std::string(line.substr(0, at));
    }
    return std::nullopt;
}

// Drops what the page shows around every article before the header and body are read: furniture
// lines, menus (a block of menu items, or three or more one-item blocks in a row, or in a flattened
// page a run of capitalised words before a title), and the "Headline - Site" page title when the
// headline also stands alone.
void drop_page_furniture(std::vector<Block>& blocks) {
    for (Block& block : blocks) {
        std::erase_if(block, is_furniture_line);
        if (block.size() >= kMinMenuRun && std::all_of(block.begin(), block.end(), is_menu_item_line)) block.clear();
    }
    std::erase_if(blocks, [](const Block& block) { return block.empty(); });
    for (std::size_t b = 0; b < blocks.size();) {
        std::size_t end = b;
        while (end < blocks.size() && is_single_menu_item(blocks[end])) ++end;
        if (end - b >= kMinMenuRun) {
            for (std::size_t i = b; i < end; ++i) blocks[i].clear();
        }
        b = std::max(end, b + 1);
    }
    std::erase_if(blocks, [](const Block& block) { return block.empty(); });
    for (std::size_t b = 0; b + 1 < blocks.size(); ++b) {
        const Line& line = blocks[b].front();
        if (blocks[b].size() == 1 && line.flattened && is_capitalised_run(line.text) &&
            !is_prose(block_features(join_lines(blocks[b + 1], " "))))
            blocks[b].clear();
    }
    std::erase_if(blocks, [](const Block& block) { return block.empty(); });
    for (std::size_t b = 0; b < blocks.size() && b < kMaxTitleSiteBlocks; ++b) {
        if (blocks[b].size() != 1) continue;
        const auto headline = title_site_headline(blocks[b].front().text);
        if (!headline) continue;
        const auto last = blocks.begin() + static_cast<std::ptrdiff_t>(std::min(blocks.size(), kMaxTitleSiteBlocks));
        if (std::any_of(blocks.begin(), last, [&](const Block& other) { return other.front().text == *headline; })) {
            blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(b));
            break;
        }
    }
}

// A short block at the end of the body that is no sentence: a footer link, a list item, a credit.
bool is_trailing_fragment(const std::string& paragraph) {
    const BlockFeatures features = block_features(paragraph);
    return !features.ends_sentence && !is_prose(features);
}

class NewsPageParser {
public:
    NewsPageParser(const SourceText& source, const ReadCallbacks& callbacks) : source_(source), callbacks_(callbacks) {}

    void parse() {
        std::vector<Block> blocks = split_blocks(source_.text);
        if (blocks.empty()) return report(0, "the news page has no text", ReadProblem::Severity::FileSkipped);
        const Line first = blocks.front().front();
        drop_page_furniture(blocks);
        article_.id = derived_id(source_);
        const std::size_t body_start = read_header(blocks);
        std::vector<std::string> paragraphs = deck_;
        for (std::string& paragraph : read_body(blocks, body_start)) paragraphs.push_back(std::move(paragraph));
        for (const std::string& paragraph : paragraphs) {
            if (!article_.body.empty()) article_.body += "\n\n";
            article_.body += paragraph;
        }
        if (article_.headline.empty() && article_.body.empty())
            return report(first.offset, "no headline or article text found in the news page", ReadProblem::Severity::FileSkipped);
        callbacks_.article(std::move(article_), first.number);
    }

private:
    void report(std::size_t offset, std::string reason, ReadProblem::Severity severity) {
        callbacks_.problem(problem_at(source_, offset, std::move(reason), severity));
    }

    void absorb_meta(const std::vector<MetaPart>& parts, const Line& line) {
        for (const MetaPart& part : parts) {
            switch (part.kind) {
                case MetaPart::Kind::Byline:
                    if (article_.byline.empty()) {
                        ParsedByline byline = parse_byline(part.value);
                        article_.byline = std::move(byline.names);
                        if (article_.source.empty()) article_.source = std::move(byline.source);
                    }
                    break;
                case MetaPart::Kind::Source:
                    if (article_.source.empty()) article_.source = part.value;
                    break;
                case MetaPart::Kind::Date:
                    if (!article_.date) article_.date = part.date;
                    break;
                case MetaPart::Kind::UnreadableDate:
                    report(line.offset, "cannot read the date in '" + part.value + "'", ReadProblem::Severity::Repaired);
                    break;
                case MetaPart::Kind::Widget:
                case MetaPart::Kind::Other: break;
            }
        }
    }

    // Absorbs the leading meta and widget lines of `block`; returns how many there were.
    std::size_t absorb_meta_lines(const Block& block, std::size_t from) {
        std::size_t i = from;
        for (; i < block.size(); ++i) {
            if (is_widget_line(block[i].text)) continue;
            auto parts = meta_line(block[i].text);
            if (!parts) break;
            absorb_meta(*parts, block[i]);
        }
        return i - from;
    }

    // Finds section, headline, byline and date at the top of the page; returns the first body block,
    // leaving in it only the lines that belong to the body.
    std::size_t read_header(std::vector<Block>& blocks) {
        if (auto body = read_header_with_meta(blocks)) return *body;
        return read_header_without_meta(blocks);
    }

    std::optional<std::size_t> read_header_with_meta(std::vector<Block>& blocks) {
        std::vector<std::string> titles;
        for (std::size_t b = 0; b < blocks.size() && b < kMaxHeaderBlocks; ++b) {
            Block& block = blocks[b];
            std::size_t meta = 0;
            while (meta < block.size() && !meta_line(block[meta].text)) ++meta;
            const Block before = without_widgets(Block(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(meta)));
            if (meta == block.size() && !before.empty() && !is_title_block(before)) return std::nullopt;
            if (!before.empty()) titles.push_back(join_lines(before, " "));
            if (meta == block.size()) continue;
            meta += absorb_meta_lines(block, meta);
            block.erase(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(meta));
            if (block.empty()) {
                while (++b < blocks.size() && absorb_meta_lines(blocks[b], 0) == blocks[b].size()) {
                }
            }
            take_titles(std::move(titles), true);
            return b;
        }
        return std::nullopt;
    }

    // Without a byline or date, at most a section and a headline lead the page.
    std::size_t read_header_without_meta(const std::vector<Block>& blocks) {
        std::vector<std::string> titles;
        std::size_t b = 0;
        for (; b < blocks.size() && titles.size() < 2; ++b) {
            const Block lines = without_widgets(blocks[b]);
            if (lines.empty()) continue;
            if (titles.empty() && !is_title_block(lines) && is_export_headline(lines, blocks, b)) {
                titles.push_back(lines.front().text);
                continue;
            }
            if (!is_title_block(lines)) break;
            if (titles.size() == 1 && (!is_section_like(titles.front()) || !can_follow_section(lines))) break;
            titles.push_back(join_lines(lines, " "));
        }
        take_titles(std::move(titles), false);
        return b;
    }

    // A plain-text export's first line: one line, short, and shorter than the paragraph after it.
    static bool is_export_headline(const Block& lines, const std::vector<Block>& blocks, std::size_t b) {
        if (lines.size() != 1 || word_count(lines.front().text) > kMaxExportHeadlineWords || b + 1 >= blocks.size())
            return false;
        return word_count(join_lines(blocks[b + 1], " ")) > word_count(lines.front().text);
    }

    // After a short first line, a headline (which makes the first line a section) ends with no
    // punctuation a sentence or its lead-in ends with ("The governor told reporters:").
    static bool can_follow_section(const Block& lines) {
        const std::string text = join_lines(lines, " ");
        return !block_features(text).ends_sentence && !text.ends_with(':') && !text.ends_with(',') &&
               !text.ends_with(';');
    }

    // With a byline/date block the headline is the title right above it; without, the first after a section.
    void take_titles(std::vector<std::string> titles, bool headline_is_last) {
        if (titles.size() >= 2 && is_section_like(titles.front())) {
            article_.section = std::move(titles.front());
            titles.erase(titles.begin());
        }
        if (titles.empty()) return;
        auto headline = headline_is_last ? titles.end() - 1 : titles.begin();
        article_.headline = std::move(*headline);
        titles.erase(headline);
        deck_ = std::move(titles);
    }

    // A line that repeats the headline: the alt text of a photo, or a "Related readings:" link.
    bool repeats_headline(std::string_view line) const {
        const std::string& headline = article_.headline;
        if (headline.empty() || !line.starts_with(headline)) return false;
        return line.size() == headline.size() ||
               (line[headline.size()] == ' ' && word_count(line.substr(headline.size() + 1)) <= kMaxRelatedTitleWords);
    }

    bool is_related_item(const Line& line) const {
        return repeats_headline(line.text) ||
               (word_count(line.text) <= kMaxRelatedTitleWords && !line.text.ends_with('.'));
    }

    // The body paragraphs from blocks[first] on, without widgets, captions and related-article links.
    std::vector<std::string> read_body(std::vector<Block>& blocks, std::size_t first) {
        std::vector<std::string> paragraphs;
        bool in_related_list = false;
        for (std::size_t b = first; b < blocks.size(); ++b) {
            Block& block = blocks[b];
            block = without_widgets(std::move(block));
            if (block.empty()) continue;
            if (in_related_list && std::all_of(block.begin(), block.end(), [&](const Line& l) { return is_related_item(l); }))
                continue;
            in_related_list = false;
            const auto related = std::find_if(block.begin(), block.end(), [](const Line& l) { return is_related_heading(l.text); });
            if (related != block.end()) {
                in_related_list = related + 1 == block.end();
                block.erase(related, block.end());
            }
            if (!block.empty() && block.front().text == article_.headline && block.size() <= 3) continue;  // photo
            std::erase_if(block, [&](const Line& l) { return is_caption_line(l.text) || repeats_headline(l.text); });
            if (!block.empty()) paragraphs.push_back(join_lines(block, " "));  // lines of a paragraph are soft wraps
        }
        // The edge rules of the boilerplate model: menu items before the first sentence, and footer links
        // and list items after the last sentence, go.
        while (paragraphs.size() > 1 && is_menu_item(paragraphs.front()) && !block_features(paragraphs.front()).ends_sentence)
            paragraphs.erase(paragraphs.begin());
        while (paragraphs.size() > 1 && is_trailing_fragment(paragraphs.back())) paragraphs.pop_back();
        if (!paragraphs.empty()) take_dateline(paragraphs.front());
        return paragraphs;
    }

    void take_dateline(std::string& paragraph) {
        const auto dateline = find_dateline(paragraph);
        if (!dateline) return;
        article_.dateline = dateline->place;
        if (article_.source.empty() && !dateline->agency.empty()) article_.source = dateline->agency;
        paragraph.erase(0, dateline->text_start);
    }

    const SourceText& source_;
    const ReadCallbacks& callbacks_;
    Article article_;
    std::vector<std::string> deck_;  // title blocks between headline and byline, kept as body text
};

}  // namespace

void read_news_page(const SourceText& source, const ReadCallbacks& callbacks) {
    NewsPageParser(source, callbacks).parse();
}

}  // namespace morgue::readers
