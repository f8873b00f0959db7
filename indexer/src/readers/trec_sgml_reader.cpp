#include "readers/trec_sgml_reader.hpp"

#include "readers/sgml_text.hpp"

#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <utility>

namespace morgue::readers {

namespace {

constexpr std::string_view kDocTag = "DOC";
const std::initializer_list<std::string_view> kHeadlineTags = {"HEADLINE", "HL", "HEAD", "CONTENTTITLE", "TITLE"};
const std::initializer_list<std::string_view> kBodyTags = {"LP", "TEXT", "CONTENT", "BODY"};
const std::initializer_list<std::string_view> kIdTags = {"DOCNO", "URL"};
const std::initializer_list<std::string_view> kOtherTags = {"BYLINE", "BY", "DATE", "DD", "SO", "SOURCE",
                                                                "SECTION", "SE", "DATELINE", "DL"};
// How far into the records the tags of a refused file are listed from.
constexpr std::size_t kFormatSniffBytesForTags = 1 << 16;
// How many distinct tag names a refusal lists.
constexpr std::size_t kListedTags = 12;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

// Inline text of the first of `names` present with non-empty text, in the order given.
std::string first_field(std::string_view doc, std::initializer_list<std::string_view> names) {
    for (std::string_view name : names) {
        if (const std::optional<sgml::Element> element = sgml::find_element(doc, name)) {
            std::string text = sgml::inline_text(element->content);
            if (!text.empty()) return text;
        }
    }
    return {};
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t space = std::min(text.find(' ', pos), text.size());
        if (space > pos) words.emplace_back(text.substr(pos, space - pos));
        pos = space + 1;
    }
    return words;
}

std::string join(const std::vector<std::string>& words, std::size_t count, std::string_view separator) {
    std::string joined;
    for (std::size_t i = 0; i < std::min(count, words.size()); ++i) {
        if (i > 0) joined += separator;
        joined += words[i];
    }
    return joined;
}

// Rewrites the short forms TREC collections use into ones parse_date reads:
// "880212" -> "1988-02-12", "03/24/87" -> "1987-03-24", "12 Feb 88" -> "12 Feb 1988".
std::string expand_short_year(std::string_view text) {
    std::vector<std::string> words = split_words(text);
    if (words.empty()) return {};
    const std::string& first = words[0];
    if (first.size() == 6 && all_digits(first)) {
        return "19" + first.substr(0, 2) + "-" + first.substr(2, 2) + "-" + first.substr(4, 2);
    }
    if (first.size() == 8 && first[2] == '/' && first[5] == '/' && all_digits(first.substr(6))) {
        return "19" + first.substr(6, 2) + "-" + first.substr(0, 2) + "-" + first.substr(3, 2);
    }
    // "12 Feb 88" / "Feb 12, 88": a two-digit number after a day and a word is the year.
    if (words.size() >= 3 && words[2].size() == 2 && all_digits(words[2])) {
        std::string day = words[0].size() <= 2 ? words[0] : words[1];
        if (!day.empty() && day.back() == ',') day.pop_back();
        if (all_digits(day) && day.size() <= 2) words[2] = "19" + words[2];
    }
    return join(words, words.size(), " ");
}

// The date a DATE/DD element holds, tolerating what follows it:
// "January 1, 1989, Sunday, Home Edition" is read as its first two comma-separated parts.
std::optional<DateTime> read_trec_date(std::string_view text) {
    const std::string expanded = expand_short_year(text);
    const std::size_t first_comma = expanded.find(',');
    const std::size_t second_comma = first_comma == std::string::npos ? first_comma : expanded.find(',', first_comma + 1);
    const std::vector<std::string> words = split_words(expanded);
    for (std::string candidate : {expanded, expanded.substr(0, second_comma), join(words, 3, " "), join(words, 1, "")}) {
        while (!candidate.empty() && (candidate.back() == ',' || candidate.back() == '.')) candidate.pop_back();
        if (candidate.empty()) continue;
        if (std::optional<DateTime> date = parse_date(candidate)) return date;
    }
    return std::nullopt;
}

struct KnownSource {
    std::string_view docno_prefix;
    std::string_view name;
};

constexpr std::array<KnownSource, 10> kKnownSources{{
    {"AP", "Associated Press"},
    {"APW", "Associated Press"},
    {"WSJ", "Wall Street Journal"},
    {"FT", "Financial Times"},
    {"LA", "Los Angeles Times"},
    {"SJM", "San Jose Mercury News"},
    {"NYT", "New York Times"},
    {"XIE", "Xinhua"},
    {"FBIS", "Foreign Broadcast Information Service"},
    {"FR", "Federal Register"},
}};

std::string source_from_docno(std::string_view docno) {
    const std::size_t letters = static_cast<std::size_t>(
        std::find_if(docno.begin(), docno.end(), [](char c) { return !std::isalpha(static_cast<unsigned char>(c)); }) -
        docno.begin());
    for (const KnownSource& known : kKnownSources) {
        if (ascii_iequals(docno.substr(0, letters), known.docno_prefix)) return std::string(known.name);
    }
    return {};
}

// A byline names the agency of a wire story printed by another paper, so it wins over the
// DOCNO, unless it is the paper's short name ("Times Staff Writer" in the Los Angeles Times).
std::string choose_source(const std::string& from_byline, std::string from_docno) {
    if (from_byline.empty() || from_docno.find(from_byline) != std::string::npos) return from_docno;
    return from_byline;
}

// "WALL STREET JOURNAL (J)" -> "Wall Street Journal": the trailing code goes, and a paper
// we know gets its usual spelling.
std::string clean_source(std::string text) {
    const std::size_t open = text.rfind(" (");
    if (!text.empty() && text.back() == ')' && open != std::string::npos && text.size() - open <= 7) text.resize(open);
    for (const KnownSource& known : kKnownSources) {
        if (ascii_iequals(text, known.name)) return std::string(known.name);
    }
    return text;
}

// WSJ marks a headline's continuation lines with "@".
std::string read_headline(std::string_view doc) {
    std::string headline = first_field(doc, kHeadlineTags);
    for (std::size_t at = headline.find(" @ "); at != std::string::npos; at = headline.find(" @ ", at)) {
        headline.erase(at, 2);
    }
    return headline;
}

// Every BYLINE/BY element read as one byline: AP writes "By JOHN DOE" and "Associated Press
// Writer" as two elements.
ParsedByline read_bylines(std::string_view doc) {
    std::vector<std::string> parts;
    for (std::string_view name : {"BYLINE", "BY"}) {
        for (const sgml::Element& element : sgml::find_elements(doc, name)) {
            std::string part = sgml::inline_text(element.content);
            if (!part.empty()) parts.push_back(std::move(part));
        }
    }
    return parts.empty() ? ParsedByline{} : parse_byline(join(parts, parts.size(), ", "));
}

std::string read_body(std::string_view doc) {
    std::string body;
    for (std::string_view name : kBodyTags) {
        for (const sgml::Element& element : sgml::find_elements(doc, name)) {
            std::string part = sgml::paragraph_text(element.content);
            if (part.empty()) continue;
            if (!body.empty()) body += "\n\n";
            body += part;
        }
    }
    return body;
}

void read_doc(const SourceText& source, std::string_view doc, std::size_t offset, sgml::LineCounter& lines,
              const ReadCallbacks& callbacks) {
    const std::size_t line = lines.line_at(offset);
    Article article;
    article.id = first_field(doc, kIdTags);
    if (article.id.empty()) {
        callbacks.problem({source.path, line, offset, "<DOC> element has no DOCNO: skipped",
                           ReadProblem::Severity::ArticleSkipped});
        return;
    }
    article.headline = read_headline(doc);
    ParsedByline byline = read_bylines(doc);
    article.byline = std::move(byline.names);
    article.source = clean_source(first_field(doc, {"SO", "SOURCE"}));
    if (article.source.empty()) article.source = choose_source(byline.source, source_from_docno(article.id));
    const std::string section = first_field(doc, {"SECTION", "SE"});
    article.section = sgml::collapse_whitespace(section.substr(0, section.find(';')));  // "Metro; Part 2; Page 1"
    article.dateline = sgml::dateline_place(first_field(doc, {"DATELINE", "DL"}));
    article.body = read_body(doc);
    if (const std::string date = first_field(doc, {"DATE", "DD"}); !date.empty()) {
        article.date = read_trec_date(date);
        if (!article.date) {
            callbacks.problem({source.path, line, offset,
                               "DOCNO " + article.id + ": unreadable date \"" + date + "\": indexed without a date",
                               ReadProblem::Severity::Repaired});
        }
    }
    callbacks.article(std::move(article), line);
}

bool has_any_tag(std::string_view text, std::initializer_list<std::string_view> names) {
    return std::any_of(names.begin(), names.end(), [&](std::string_view name) { return sgml::find_start_tag(text, name) != std::string_view::npos; });
}

// The distinct tag names of a text ("doc", "url", "docno", ...), in the order met.
std::vector<std::string> tag_names(std::string_view text) {
    std::vector<std::string> names;
    for (std::size_t open = text.find('<'); open != std::string_view::npos && names.size() < kListedTags; open = text.find('<', open + 1)) {
        std::size_t end = open + 1;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '.' || text[end] == '_' || text[end] == '-')) ++end;
        if (end == open + 1) continue;
        std::string name(text.substr(open + 1, end - open - 1));
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
    }
    return names;
}

bool is_known_tag(std::string_view name) {
    if (ascii_iequals(name, kDocTag) || ascii_iequals(name, "P")) return true;
    const auto& known = trec_known_tags();
    return std::any_of(known.begin(), known.end(), [&](std::string_view tag) { return ascii_iequals(name, tag); });
}

// A file whose records have no headline or body tag but tags of their own is some other record
// shape, and reading it as TREC would store every article without text. Records of known tags
// only (DOCNO and DATE, say) are read: they are TREC records that lack text.
std::optional<std::string> unknown_shape(std::string_view text) {
    if (has_any_tag(text, kHeadlineTags) || has_any_tag(text, kBodyTags)) return std::nullopt;
    const std::size_t first_doc = sgml::find_start_tag(text, kDocTag);
    const std::string_view records = text.substr(first_doc == std::string_view::npos ? 0 : first_doc).substr(0, kFormatSniffBytesForTags);
    const std::vector<std::string> names = tag_names(records);
    if (std::all_of(names.begin(), names.end(), is_known_tag)) return std::nullopt;
    std::vector<std::string> shown;
    for (const std::string& name : names) shown.push_back("<" + name + ">");
    return "<DOC> records with no tag morgue reads as text (headline: HEADLINE, HL, HEAD, CONTENTTITLE, TITLE; body: LP, TEXT, "
           "CONTENT, BODY); tags seen: " + join(shown, shown.size(), ", ") + "; not indexed: use --format to choose another format";
}

}  // namespace

const std::vector<std::string_view>& trec_known_tags() {
    static const std::vector<std::string_view> tags = [] {
        std::vector<std::string_view> all;
        for (const auto& names : {kHeadlineTags, kBodyTags, kIdTags, kOtherTags}) all.insert(all.end(), names.begin(), names.end());
        return all;
    }();
    return tags;
}

void read_trec_sgml(const SourceText& source, const ReadCallbacks& callbacks) {
    if (std::optional<std::string> refusal = unknown_shape(source.text)) {
        callbacks.problem({source.path, 0, 0, std::move(*refusal), ReadProblem::Severity::FileSkipped});
        return;
    }
    sgml::LineCounter lines(source.text);
    sgml::for_each_record(
        source.text, kDocTag,
        [&](std::string_view record, std::size_t offset) { read_doc(source, record, offset, lines, callbacks); },
        [&](std::size_t offset, std::string reason) {
            callbacks.problem({source.path, lines.line_at(offset), offset, std::move(reason),
                               ReadProblem::Severity::ArticleSkipped});
        });
}

}  // namespace morgue::readers
