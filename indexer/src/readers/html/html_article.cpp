#include "readers/html/html_article.hpp"

#include "readers/html/boilerplate.hpp"
#include "readers/html/html_document.hpp"
#include "readers/html/json_ld.hpp"
#include "readers/dateline.hpp"
#include "readers/html/markup_metadata.hpp"
#include "readers/html/text_blocks.hpp"

#include <morgue/byline.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace morgue::readers::html {
namespace {

// A publisher's articleBody this long is the text itself, not a teaser.
constexpr std::size_t kMinLinkedDataBodyBytes = 200;
constexpr std::ptrdiff_t kMaxBylineWords = 10;
constexpr std::size_t kMaxLeadInBytes = 70;

void add_unique(std::vector<std::string>& names, std::string name) {
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
}

// JSON-LD authors are names, "By Name" strings, or an agency ("Reuters"): the byline parser tells.
void take_authors(const std::vector<std::string>& authors, Article& article) {
    for (const std::string& author : authors) {
        ParsedByline parsed = parse_byline(author);
        for (std::string& name : parsed.names) add_unique(article.byline, std::move(name));
        if (article.source.empty()) article.source = parsed.source;
    }
}

// articleBody as paragraphs: its line breaks are the publisher's paragraph breaks.
std::vector<std::string> paragraphs_of(std::string_view text) {
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (std::string paragraph = collapse_whitespace(text.substr(start, end - start)); !paragraph.empty())
            paragraphs.push_back(std::move(paragraph));
        start = end + 1;
    }
    return paragraphs;
}

// "By Kofi Mensah", "By Jane Roe and Li Wei, Staff Writers": a credit line, not article text.
bool is_byline_line(std::string_view paragraph) {
    if (!paragraph.starts_with("By ") && !paragraph.starts_with("BY ")) return false;
    return std::count(paragraph.begin(), paragraph.end(), ' ') < kMaxBylineWords && !paragraph.ends_with('.');
}

std::string join(const std::vector<std::string>& paragraphs) {
    std::string body;
    for (const std::string& paragraph : paragraphs) {
        if (!body.empty()) body += "\n\n";
        body += paragraph;
    }
    return body;
}

}  // namespace

std::string language_of_code(std::string_view code) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kLanguages{{
        {"da", "danish"},
        {"de", "german"},
        {"en", "english"},
        {"es", "spanish"},
        {"fi", "finnish"},
        {"fr", "french"},
        {"hu", "hungarian"},
        {"it", "italian"},
        {"nb", "norwegian"},
        {"nl", "dutch"},
        {"nn", "norwegian"},
        {"no", "norwegian"},
        {"pt", "portuguese"},
        {"ro", "romanian"},
        {"ru", "russian"},
        {"sv", "swedish"},
        {"tr", "turkish"},
    }};
    const std::string primary = ascii_lower(code.substr(0, code.find_first_of("-_")));
    for (auto [iso, name] : kLanguages)
        if (iso == primary) return std::string(name);
    return {};
}

HtmlReading read_html_article(std::string_view html) {
    HtmlReading reading;
    if (estimated_nesting(html) > kMaxNesting) {
        reading.problem = "HTML elements nested more than " + std::to_string(kMaxNesting) +
                          " deep; the page was not read (is it really a web page?)";
        return reading;
    }
    const HtmlDocument document(html);
    const MetadataMarkup markup = gather_metadata_markup(document.root());
    std::vector<std::string_view> scripts(markup.linked_data.begin(), markup.linked_data.end());
    PageMetadata meta = linked_data_article(scripts);
    PageMetadata tags = meta_tag_metadata(markup);
    const std::string site = !meta.source.empty() ? meta.source : tags.source;
    tags.headline = without_site_suffix(tags.headline, site);
    const PageMetadata elements = element_metadata(markup, site);
    // The canonical link is the page's own statement of its address: it outranks og:url and JSON-LD.
    if (!elements.url.empty())
        meta.url = elements.url;
    else if (!tags.url.empty())
        meta.url = tags.url;
    meta.fill_from(tags);
    meta.fill_from(elements);

    Article article;
    article.id = meta.url;
    article.headline = meta.headline;
    take_authors(meta.authors, article);
    if (!meta.source.empty()) article.source = meta.source;
    article.date = meta.date;
    article.section = meta.section;
    article.language = language_of_code(meta.language);

    std::vector<std::string> paragraphs = meta.body.size() >= kMinLinkedDataBodyBytes
                                              ? paragraphs_of(meta.body)
                                              : article_paragraphs(text_blocks(document.root()));
    std::erase_if(paragraphs, [&](const std::string& p) { return p == article.headline || is_byline_line(p); });
    // The dateline opens the story; a kicker or a "Published..." line may come before it.
    for (std::size_t i = 0; i < paragraphs.size() && i < 2; ++i) {
        if (const auto dateline = find_dateline(paragraphs[i])) {
            article.dateline = dateline->place;
            if (article.source.empty()) article.source = dateline->agency;
            paragraphs[i].erase(0, dateline->text_start);
            break;
        }
        if (paragraphs[i].size() >= kMaxLeadInBytes) break;
    }
    article.body = join(paragraphs);
    if (article.body.empty()) {
        reading.problem = "no article text found";
        if (!article.headline.empty()) reading.problem += " (headline \"" + article.headline + "\")";
        return reading;
    }
    reading.article = std::move(article);
    return reading;
}

}  // namespace morgue::readers::html
