#include "readers/xml/feed_reader.hpp"

#include "readers/html_fragment_text.hpp"
#include "readers/line_counter.hpp"
#include "readers/xml/xml_node_text.hpp"
#include "readers/xml/xml_records.hpp"

#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <algorithm>
#include <cstring>

namespace morgue::readers {
namespace {

using xml::child;
using xml::children;
using xml::inline_text;

// The channel's title is near the top; a longer prefix is not parsed for it.
constexpr std::size_t kMaxHeader = 1 << 20;

bool has_markup(std::string_view text) { return text.find_first_of("<&") != std::string_view::npos; }

// A title may hold escaped HTML ("Q&amp;amp;A", "<b>Breaking</b>").
std::string title_text(pugi::xml_node title) {
    std::string text = inline_text(title);
    if (has_markup(text) || std::strcmp(title.attribute("type").value(), "xhtml") == 0)
        text = xml::collapse_whitespace(html_fragment_text(text));
    return text;
}

// An Atom text construct (title, content, summary): type text or html (its entities are decoded
// already; text often holds HTML in the wild), or xhtml (markup).
std::string atom_text(pugi::xml_node node) {
    const std::string_view type = node.attribute("type").value();
    if (type == "xhtml") return html_fragment_text(xml::inner_xml(node));
    return html_fragment_text(xml::all_text(node));
}

// "jane@example.com (Jane Doe)" -> "Jane Doe"; "By A and B" -> {"A", "B"}; a bare e-mail is kept.
std::vector<std::string> author_names(std::string text) {
    const std::size_t open = text.find('(');
    if (open != std::string::npos && text.back() == ')' && text.substr(0, open).find('@') != std::string::npos)
        text = xml::collapse_whitespace(text.substr(open + 1, text.size() - open - 2));
    if (text.empty()) return {};
    if (text.find('@') != std::string::npos && text.find(' ') == std::string::npos) return {text};
    std::vector<std::string> names = parse_byline(text).names;
    if (names.empty()) names.push_back(text);
    return names;
}

void add_names(std::vector<std::string>& byline, std::vector<std::string> names) {
    for (auto& name : names)
        if (std::find(byline.begin(), byline.end(), name) == byline.end()) byline.push_back(std::move(name));
}

std::string first_text(pugi::xml_node item, std::initializer_list<std::string_view> names) {
    for (std::string_view name : names)
        for (pugi::xml_node node : children(item, name))
            if (std::string text = inline_text(node); !text.empty()) return text;
    return {};
}

struct ItemReading {
    Article article;
    std::string date_text;  // as written, when it could not be read
};

ItemReading read_rss_item(pugi::xml_node item) {
    ItemReading reading;
    Article& a = reading.article;
    a.headline = title_text(child(item, "title"));
    const std::string link = first_text(item, {"link"});
    const pugi::xml_node guid = child(item, "guid");
    const std::string guid_text = inline_text(guid);
    const bool permalink = std::strcmp(guid.attribute("isPermaLink").value(), "false") != 0;
    a.id = !guid_text.empty() && (permalink || link.empty()) ? guid_text : link;
    for (std::string_view name : {"author", "creator"})
        for (pugi::xml_node author : children(item, name)) add_names(a.byline, author_names(inline_text(author)));
    for (pugi::xml_node category : children(item, "category")) {
        const std::string text = inline_text(category);
        if (text.empty()) continue;
        if (!a.section.empty()) a.section += "; ";
        a.section += text;
    }
    a.source = inline_text(child(item, "source"));
    if (const std::string date = first_text(item, {"pubDate", "date"}); !date.empty()) {
        a.date = parse_date(date);
        if (!a.date) reading.date_text = date;
    }
    // content:encoded is the full text; description is often only its teaser.
    const pugi::xml_node encoded = child(item, "encoded");
    const pugi::xml_node body = !inline_text(encoded).empty() ? encoded : child(item, "description");
    a.body = html_fragment_text(xml::all_text(body));
    return reading;
}

std::string atom_link(pugi::xml_node entry) {
    for (pugi::xml_node link : children(entry, "link")) {
        const std::string_view rel = link.attribute("rel").value();
        if ((rel.empty() || rel == "alternate") && *link.attribute("href").value() != '\0')
            return xml::collapse_whitespace(link.attribute("href").value());
    }
    return {};
}

ItemReading read_atom_entry(pugi::xml_node entry) {
    ItemReading reading;
    Article& a = reading.article;
    a.headline = xml::collapse_whitespace(atom_text(child(entry, "title")));
    a.id = atom_link(entry);
    if (a.id.empty()) a.id = inline_text(child(entry, "id"));
    for (pugi::xml_node author : children(entry, "author")) {
        std::string name = inline_text(child(author, "name"));
        if (name.empty()) name = inline_text(child(author, "email"));
        add_names(a.byline, author_names(name));
    }
    for (pugi::xml_node category : children(entry, "category")) {
        std::string text = xml::collapse_whitespace(category.attribute("label").value());
        if (text.empty()) text = xml::collapse_whitespace(category.attribute("term").value());
        if (text.empty()) continue;
        if (!a.section.empty()) a.section += "; ";
        a.section += text;
    }
    a.source = inline_text(child(child(entry, "source"), "title"));
    if (const std::string date = first_text(entry, {"published", "updated"}); !date.empty()) {
        a.date = parse_date(date);
        if (!a.date) reading.date_text = date;
    }
    const pugi::xml_node content = child(entry, "content");
    a.body = atom_text(content);
    if (a.body.empty()) a.body = atom_text(child(entry, "summary"));
    return reading;
}

// The feed's own title: RSS channel/title (RSS 1.0 too), Atom feed/title.
std::string feed_title(std::string_view header) {
    const xml::ParsedRecord parsed = xml::parse_prefix(header.substr(0, kMaxHeader));
    const pugi::xml_node root = parsed.root();
    const pugi::xml_node channel = child(root, "channel");
    return title_text(child(channel ? channel : root, "title"));
}

class FeedReader {
public:
    FeedReader(const SourceText& source, const ReadCallbacks& callbacks)
        : source_(source), callbacks_(callbacks), lines_(source.text) {}

    void read() {
        const std::string_view text = source_.text;
        const std::size_t first = xml::find_start_tag(text, {"item", "entry"});
        if (first == std::string_view::npos)
            return report(0, "no <item> (RSS) or <entry> (Atom) found in the feed", ReadProblem::Severity::FileSkipped);
        channel_title_ = feed_title(text.substr(0, first));
        xml::for_each_record(
            text, {"item", "entry"}, [this](std::string_view record, std::size_t offset) { read_item(record, offset); },
            [this](std::size_t offset, std::string reason) {
                ++items_;
                report(offset, "item " + std::to_string(items_) + " skipped: " + reason, ReadProblem::Severity::ArticleSkipped);
            });
    }

private:
    void read_item(std::string_view record, std::size_t offset) {
        ++items_;
        const xml::ParsedRecord parsed = xml::parse_record(record);
        if (parsed.error)
            return report(offset + parsed.error->offset, "item " + std::to_string(items_) + " skipped: " + parsed.error->reason,
                          ReadProblem::Severity::ArticleSkipped);
        const pugi::xml_node root = parsed.root();
        ItemReading reading = xml::local_name(root.name()) == "entry" ? read_atom_entry(root) : read_rss_item(root);
        Article& article = reading.article;
        if (article.headline.empty() && article.body.empty())
            return report(offset, "item " + std::to_string(items_) + " skipped: it has no title and no text",
                          ReadProblem::Severity::ArticleSkipped);
        if (article.id.empty()) article.id = source_.path + "#" + std::to_string(items_);
        if (article.source.empty()) article.source = channel_title_;
        if (!reading.date_text.empty())
            report(offset, "item " + article.id + ": cannot read the date '" + reading.date_text + "'; indexed without a date",
                   ReadProblem::Severity::Repaired);
        callbacks_.article(std::move(article), lines_.line_of(offset));
    }

    void report(std::size_t offset, std::string reason, ReadProblem::Severity severity) {
        callbacks_.problem(ReadProblem{source_.path, lines_.line_of(offset), offset, std::move(reason), severity});
    }

    const SourceText& source_;
    const ReadCallbacks& callbacks_;
    LineCounter lines_;
    std::string channel_title_;
    std::size_t items_ = 0;
};

}  // namespace

void read_feed(const SourceText& source, const ReadCallbacks& callbacks) { FeedReader(source, callbacks).read(); }

}  // namespace morgue::readers
