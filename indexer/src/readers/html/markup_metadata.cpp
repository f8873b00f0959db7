#include "readers/html/markup_metadata.hpp"

#include "readers/html/html_document.hpp"

#include <morgue/byline.hpp>

#include <array>

namespace morgue::readers::html {
namespace {

constexpr std::size_t kMaxAuthorTextBytes = 120;

bool is_content_root(const GumboNode* node) {
    return is_element(node, GUMBO_TAG_ARTICLE) || is_element(node, GUMBO_TAG_MAIN) ||
           attribute(node, "itemprop") == "articleBody";
}

bool inside_content(const GumboNode* node) {
    for (const GumboNode* up = node->parent; up; up = up->parent)
        if (is_content_root(up)) return true;
    return false;
}

bool class_names_author(const GumboNode* node) {
    for (std::string_view word : {"byline", "author", "author-name", "byline__name"})
        if (attribute_has_word(node, "class", word)) return true;
    return false;
}

std::string first_meta(const MetadataMarkup& markup, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys) {
        for (const auto& [name, value] : markup.meta)
            if (name == key && !value.empty()) return value;
    }
    return {};
}

std::vector<std::string> all_meta(const MetadataMarkup& markup, std::string_view key) {
    std::vector<std::string> values;
    for (const auto& [name, value] : markup.meta)
        if (name == key && !value.empty()) values.push_back(value);
    return values;
}

bool is_url(std::string_view text) {
    return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("/");
}

// "By Jane Doe and Li Wei" or "Jane Doe, Li Wei" as names; a profile URL is not a name.
std::vector<std::string> author_names(const std::vector<std::string>& texts) {
    std::vector<std::string> names;
    for (const std::string& text : texts) {
        if (text.empty() || is_url(text) || text.size() > kMaxAuthorTextBytes) continue;
        for (std::string& name : parse_byline(text).names)
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
    }
    return names;
}

std::optional<DateTime> first_date(const std::vector<std::string>& texts) {
    for (const std::string& text : texts)
        if (auto date = parse_date(text)) return date;
    return std::nullopt;
}

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

}  // namespace

MetadataMarkup gather_metadata_markup(const GumboNode* root) {
    MetadataMarkup markup;
    std::vector<std::string> other_times;
    std::vector<std::string> other_h1;
    for_each_element(root, [&](const GumboNode* node) {
        switch (node->v.element.tag) {
            case GUMBO_TAG_HTML:
                if (const auto lang = attribute(node, "lang")) markup.language = std::string(*lang);
                break;
            case GUMBO_TAG_SCRIPT:
                if (const auto type = attribute(node, "type"); type && ascii_lower(*type) == "application/ld+json")
                    markup.linked_data.push_back(raw_text(node));
                return false;
            case GUMBO_TAG_STYLE:
                return false;
            case GUMBO_TAG_META: {
                auto key = attribute(node, "property");
                if (!key) key = attribute(node, "name");
                if (!key) key = attribute(node, "itemprop");
                const auto content = attribute(node, "content");
                if (key && content) markup.meta.emplace_back(ascii_lower(*key), collapse_whitespace(*content));
                break;
            }
            case GUMBO_TAG_LINK:
                if (attribute_has_word(node, "rel", "canonical") && markup.canonical.empty())
                    markup.canonical = std::string(attribute(node, "href").value_or(""));
                break;
            case GUMBO_TAG_TIME:
                if (const auto when = attribute(node, "datetime")) {
                    const bool own = attribute(node, "pubdate") || attribute(node, "itemprop") == "datePublished" ||
                                     inside_content(node);
                    (own ? markup.times : other_times).push_back(std::string(*when));
                }
                break;
            case GUMBO_TAG_TITLE:
                if (markup.title.empty()) markup.title = inline_text(node);
                return false;
            case GUMBO_TAG_H1:
                (inside_content(node) ? markup.h1 : other_h1).push_back(inline_text(node));
                return false;
            default:
                break;
        }
        const bool rel_author = is_element(node, GUMBO_TAG_A) && attribute_has_word(node, "rel", "author");
        if (rel_author || attribute(node, "itemprop") == "author" || class_names_author(node)) {
            if (std::string text = inline_text(node); !text.empty()) markup.author_links.push_back(std::move(text));
            return false;
        }
        return true;
    });
    markup.times.insert(markup.times.end(), other_times.begin(), other_times.end());
    markup.h1.insert(markup.h1.end(), other_h1.begin(), other_h1.end());
    return markup;
}

PageMetadata meta_tag_metadata(const MetadataMarkup& markup) {
    PageMetadata meta;
    meta.headline = first_meta(markup, {"og:title", "twitter:title", "headline", "dc.title", "title"});
    meta.source =
        first_meta(markup, {"og:site_name", "application-name", "publisher", "dc.publisher", "article:publisher"});
    if (is_url(meta.source)) meta.source.clear();
    meta.section = first_meta(markup, {"article:section", "section", "parsely-section", "dc.subject", "category"});
    meta.url = first_meta(markup, {"og:url"});
    meta.language = first_meta(markup, {"og:locale", "language", "dc.language", "content-language"});
    for (std::string_view key :
         {"article:author", "author", "byl", "dc.creator", "parsely-author", "sailthru.author"}) {
        meta.authors = author_names(all_meta(markup, key));
        if (!meta.authors.empty()) break;
    }
    for (std::string_view key : {"article:published_time", "datepublished", "date", "pubdate", "publishdate",
                                 "publish-date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date",
                                 "article:modified_time", "og:updated_time", "datemodified", "last-modified"}) {
        meta.date = first_date(all_meta(markup, key));
        if (meta.date) break;
    }
    return meta;
}

PageMetadata element_metadata(const MetadataMarkup& markup, std::string_view site_name) {
    PageMetadata meta;
    meta.date = first_date(markup.times);
    meta.authors = author_names(markup.author_links);
    meta.url = markup.canonical;
    meta.language = markup.language;
    const std::string title = without_site_suffix(markup.title, site_name);
    // A site's logo is often an <h1> too: the one the title starts with is the article's.
    for (const std::string& h1 : markup.h1) {
        if (!h1.empty() && !title.empty() && title.starts_with(h1)) {
            meta.headline = h1;
            break;
        }
    }
    if (meta.headline.empty()) meta.headline = title;
    if (meta.headline.empty()) {
        for (const std::string& h1 : markup.h1) {
            if (!h1.empty() && h1 != site_name) {
                meta.headline = h1;
                break;
            }
        }
    }
    return meta;
}

std::string without_site_suffix(std::string_view title, std::string_view site_name) {
    static constexpr std::array<std::string_view, 6> kSeparators{
        " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
    std::string text = collapse_whitespace(title);
    for (std::string_view separator : kSeparators) {
        const auto at = text.rfind(separator);
        if (at == std::string::npos || at == 0) continue;
        const std::string suffix = text.substr(at + separator.size());
        const std::string rest = text.substr(0, at);
        const bool names_site = !site_name.empty() && ascii_lower(suffix) == ascii_lower(site_name);
        const bool short_suffix = word_count(suffix) <= 4 && word_count(rest) >= word_count(suffix);
        if (names_site || short_suffix) return without_site_suffix(rest, site_name);
    }
    return text;
}

}  // namespace morgue::readers::html
