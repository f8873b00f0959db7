#include "readers/html_fragment_text.hpp"
#include "readers/xml/news_xml_article.hpp"
#include "readers/xml/xml_records.hpp"

#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <algorithm>

namespace morgue::readers::xml {
namespace {

bool all_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string attribute_text(pugi::xml_node node, const char* name) {
    return collapse_whitespace(node.attribute(name).value());
}

void add_topic(std::vector<std::string>& topics, std::string topic) {
    if (!topic.empty() && std::find(topics.begin(), topics.end(), topic) == topics.end()) topics.push_back(std::move(topic));
}

std::vector<std::string> byline_names(pugi::xml_node byline) {
    std::vector<std::string> names;
    for (pugi::xml_node person : children(byline, "person"))
        if (std::string name = inline_text(person); !name.empty()) names.push_back(std::move(name));
    if (!names.empty()) return names;
    // Without <person>: the text, less its title (<byttl>), read as a byline ("By A and B").
    std::string text;
    for (pugi::xml_node part = byline.first_child(); part; part = part.next_sibling())
        if (local_name(part.name()) != "byttl") text += part.type() == pugi::node_pcdata ? part.value() : all_text(part);
    return parse_byline(collapse_whitespace(text)).names;
}

std::string dateline_place(pugi::xml_node dateline) {
    if (const std::string location = inline_text(child(dateline, "location")); !location.empty()) return location;
    std::string text = inline_text(dateline);
    if (const std::size_t comma = text.find(','); comma != std::string::npos) text.resize(comma);
    return text;
}

}  // namespace

std::string expand_basic_iso_date(std::string_view text) {
    if (text.size() < 8 || !all_digits(text.substr(0, 8))) return std::string(text);
    std::string iso = std::string(text.substr(0, 4)) + "-" + std::string(text.substr(4, 2)) + "-" + std::string(text.substr(6, 2));
    std::string_view rest = text.substr(8);
    if (rest.size() >= 5 && rest[0] == 'T' && all_digits(rest.substr(1, 4))) {
        iso += "T" + std::string(rest.substr(1, 2)) + ":" + std::string(rest.substr(3, 2));
        rest.remove_prefix(5);
        if (rest.size() >= 2 && all_digits(rest.substr(0, 2))) {
            iso += ":" + std::string(rest.substr(0, 2));
            rest.remove_prefix(2);
        }
    }
    return iso + std::string(rest);
}

NewsXmlArticle nitf_article(pugi::xml_node nitf) {
    NewsXmlArticle reading;
    Article& a = reading.article;
    const pugi::xml_node head = child(nitf, "head");
    const pugi::xml_node docdata = child(head, "docdata");
    const pugi::xml_node body = child(nitf, "body");
    const pugi::xml_node body_head = child(body, "body.head");

    a.id = attribute_text(child(docdata, "doc-id"), "id-string");
    a.headline = inline_text(descendant(body_head, "hedline/hl1"));
    if (a.headline.empty()) a.headline = inline_text(child(head, "title"));
    for (pugi::xml_node byline : children(body_head, "byline"))
        for (std::string& name : byline_names(byline))
            if (std::find(a.byline.begin(), a.byline.end(), name) == a.byline.end()) a.byline.push_back(std::move(name));
    a.dateline = dateline_place(child(body_head, "dateline"));

    std::string date = attribute_text(child(docdata, "date.issue"), "norm");
    if (date.empty()) date = attribute_text(child(docdata, "date.release"), "norm");
    if (date.empty()) date = attribute_text(descendant(body_head, "dateline/story.date"), "norm");
    if (!date.empty()) {
        a.date = parse_date(expand_basic_iso_date(date));
        if (!a.date) reading.unreadable_date = date;
    }

    const pugi::xml_node pubdata = child(head, "pubdata");
    a.source = attribute_text(child(docdata, "doc.copyright"), "holder");
    if (a.source.empty()) a.source = attribute_text(pubdata, "name");
    if (a.source.empty()) a.source = inline_text(child(body_head, "distributor"));
    a.section = attribute_text(pubdata, "position.section");

    for (pugi::xml_node keyword : children(child(docdata, "key-list"), "keyword")) add_topic(a.topics, attribute_text(keyword, "key"));
    for (pugi::xml_node tobject : children(head, "tobject"))
        for (pugi::xml_node subject : children(tobject, "tobject.subject")) {
            std::string matter = attribute_text(subject, "tobject.subject.matter");
            add_topic(a.topics, matter.empty() ? attribute_text(subject, "tobject.subject.type") : std::move(matter));
        }

    a.body = html_fragment_text(inner_xml(child(body, "body.content")));
    return reading;
}

}  // namespace morgue::readers::xml
