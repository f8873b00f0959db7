#include "readers/html_fragment_text.hpp"
#include "readers/xml/news_xml_article.hpp"

#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <algorithm>

namespace morgue::readers::xml {
namespace {

// A G2 concept (provider, located, creator, subject): its <name>, else its literal attribute.
std::string concept_name(pugi::xml_node concept_node) {
    if (std::string name = inline_text(child(concept_node, "name")); !name.empty()) return name;
    return collapse_whitespace(concept_node.attribute("literal").value());
}

std::string first_text(pugi::xml_node node, std::initializer_list<std::string_view> paths) {
    for (std::string_view path : paths)
        if (std::string text = inline_text(descendant(node, path)); !text.empty()) return text;
    return {};
}

std::string body_text(pugi::xml_node content_set) {
    for (pugi::xml_node inline_xml : children(content_set, "inlineXML")) {
        if (const pugi::xml_node nitf = child(inline_xml, "nitf"))
            return html_fragment_text(inner_xml(descendant(nitf, "body/body.content")));
        pugi::xml_node html = child(inline_xml, "html");
        const pugi::xml_node html_body = child(html, "body");
        std::string text = html_fragment_text(inner_xml(html_body ? html_body : inline_xml));
        if (!text.empty()) return text;
    }
    for (pugi::xml_node inline_data : children(content_set, "inlineData"))
        if (std::string text = html_fragment_text(all_text(inline_data)); !text.empty()) return text;
    return {};
}

}  // namespace

NewsXmlArticle newsml_g2_article(pugi::xml_node item) {
    NewsXmlArticle reading;
    Article& a = reading.article;
    const pugi::xml_node item_meta = child(item, "itemMeta");
    const pugi::xml_node content_meta = child(item, "contentMeta");

    a.id = collapse_whitespace(item.attribute("guid").value());
    a.headline = first_text(content_meta, {"headline"});
    if (a.headline.empty()) a.headline = first_text(item_meta, {"title"});
    for (pugi::xml_node by : children(content_meta, "by"))
        for (std::string& name : parse_byline(inline_text(by)).names) a.byline.push_back(std::move(name));
    if (a.byline.empty())
        for (pugi::xml_node creator : children(content_meta, "creator"))
            if (std::string name = concept_name(creator); !name.empty()) a.byline.push_back(std::move(name));
    a.dateline = concept_name(child(content_meta, "located"));
    if (a.dateline.empty()) {
        a.dateline = first_text(content_meta, {"dateline"});
        if (const std::size_t comma = a.dateline.find(','); comma != std::string::npos) a.dateline.resize(comma);
    }
    std::string date = first_text(item_meta, {"firstCreated", "versionCreated"});
    if (date.empty()) date = first_text(content_meta, {"contentCreated"});
    if (!date.empty()) {
        a.date = parse_date(expand_basic_iso_date(date));
        if (!a.date) reading.unreadable_date = date;
    }
    a.source = concept_name(child(item_meta, "provider"));
    for (pugi::xml_node subject : children(content_meta, "subject")) {
        std::string name = concept_name(subject);
        if (!name.empty() && std::find(a.topics.begin(), a.topics.end(), name) == a.topics.end())
            a.topics.push_back(std::move(name));
    }
    a.body = body_text(child(item, "contentSet"));
    return reading;
}

}  // namespace morgue::readers::xml
