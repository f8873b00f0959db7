#include "readers/html/json_ld.hpp"

#include "readers/html/html_document.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <map>

namespace morgue::readers::html {
namespace {

using nlohmann::json;

// Graphs nest objects in objects; real pages need a few levels, hostile ones must not recurse forever.
constexpr int kMaxDepth = 12;

bool is_article_type(std::string_view type) {
    if (const auto colon = type.rfind('/'); colon != std::string_view::npos) type = type.substr(colon + 1);  // full IRI
    static constexpr std::array<std::string_view, 4> kOthers{"BlogPosting", "LiveBlogPosting", "Report",
                                                             "SocialMediaPosting"};
    return type.ends_with("Article") || std::find(kOthers.begin(), kOthers.end(), type) != kOthers.end();
}

bool has_article_type(const json& object) {
    const auto type = object.find("@type");
    if (type == object.end()) return false;
    if (type->is_string()) return is_article_type(type->get_ref<const std::string&>());
    if (type->is_array()) {
        for (const json& t : *type)
            if (t.is_string() && is_article_type(t.get_ref<const std::string&>())) return true;
    }
    return false;
}

// Every object of the document that has an "@id", so that references can be followed.
void collect_ids(const json& value, std::map<std::string, const json*>& ids, int depth) {
    if (depth > kMaxDepth) return;
    if (value.is_array()) {
        for (const json& item : value) collect_ids(item, ids, depth + 1);
    } else if (value.is_object()) {
        if (const auto id = value.find("@id"); id != value.end() && id->is_string() && value.size() > 1)
            ids.emplace(id->get<std::string>(), &value);
        for (const auto& [key, item] : value.items()) collect_ids(item, ids, depth + 1);
    }
}

const json* find_article(const json& value, int depth) {
    if (depth > kMaxDepth) return nullptr;
    if (value.is_array()) {
        for (const json& item : value)
            if (const json* found = find_article(item, depth + 1)) return found;
    } else if (value.is_object()) {
        if (has_article_type(value)) return &value;
        if (const auto graph = value.find("@graph"); graph != value.end()) return find_article(*graph, depth + 1);
        if (const auto entity = value.find("mainEntity"); entity != value.end())
            return find_article(*entity, depth + 1);
    }
    return nullptr;
}

class ArticleFields {
public:
    ArticleFields(const json& article, const std::map<std::string, const json*>& ids) : article_(article), ids_(ids) {}

    PageMetadata read() const {
        PageMetadata meta;
        meta.headline = text(field("headline"));
        if (meta.headline.empty()) meta.headline = text(field("name"));
        meta.authors = names(field("author"));
        const std::string published = text(field("datePublished"));
        meta.date = parse_date(published.empty() ? text(field("dateModified")) : published);
        if (!meta.date) meta.date = parse_date(text(field("dateCreated")));
        meta.source = name(field("publisher"));
        if (meta.source.empty()) meta.source = name(field("sourceOrganization"));
        meta.section = text(field("articleSection"));
        meta.body = text(field("articleBody"));
        meta.url = text(field("url"));
        if (meta.url.empty()) meta.url = link(field("mainEntityOfPage"));
        meta.language = text(field("inLanguage"));
        return meta;
    }

private:
    const json* field(const char* key) const {
        const auto it = article_.find(key);
        return it == article_.end() ? nullptr : resolve(&*it);
    }

    // {"@id": "#author-1"} stands for the graph's object with that id.
    const json* resolve(const json* value) const {
        if (value && value->is_object() && value->size() == 1) {
            if (const auto id = value->find("@id"); id != value->end() && id->is_string()) {
                const auto target = ids_.find(id->get<std::string>());
                if (target != ids_.end()) return target->second;
            }
        }
        return value;
    }

    // A string, or the first string of a list: "articleSection": ["World", "Europe"].
    static std::string text(const json* value) {
        if (!value) return {};
        if (value->is_string()) return collapse_whitespace(value->get_ref<const std::string&>());
        if (value->is_array() && !value->empty() && value->front().is_string())
            return collapse_whitespace(value->front().get_ref<const std::string&>());
        return {};
    }

    // A person or organisation: a string, or an object with a name.
    std::string name(const json* value) const {
        value = resolve(value);
        if (!value) return {};
        if (value->is_string()) return collapse_whitespace(value->get_ref<const std::string&>());
        if (value->is_object()) {
            if (const auto it = value->find("name"); it != value->end()) return text(&*it);
        }
        // One level of list only: a list of lists is not a name, and must not recurse without end.
        if (value->is_array() && !value->empty() && !value->front().is_array()) return name(&value->front());
        return {};
    }

    // Authors who are people: an organisation as author ("dpa", a news agency) is not a byline.
    std::vector<std::string> names(const json* value) const {
        std::vector<std::string> out;
        value = resolve(value);
        if (!value) return out;
        if (value->is_array()) {
            for (const json& item : *value) {
                const json* person = resolve(&item);
                if (is_organisation(*person)) continue;
                if (std::string n = name(person); !n.empty()) out.push_back(std::move(n));
            }
        } else if (std::string n = name(value); !n.empty() && !is_organisation(*value)) {
            out.push_back(std::move(n));
        }
        return out;
    }

    static bool is_organisation(const json& value) {
        if (!value.is_object()) return false;
        const auto type = value.find("@type");
        if (type == value.end() || !type->is_string()) return false;
        return type->get_ref<const std::string&>().ends_with("Organization");
    }

    std::string link(const json* value) const {
        value = resolve(value);
        if (!value) return {};
        if (value->is_string()) return value->get<std::string>();
        if (value->is_object()) {
            if (const auto id = value->find("@id"); id != value->end() && id->is_string())
                return id->get<std::string>();
            if (const auto url = value->find("url"); url != value->end() && url->is_string())
                return url->get<std::string>();
        }
        return {};
    }

    const json& article_;
    const std::map<std::string, const json*>& ids_;
};

}  // namespace

PageMetadata linked_data_article(const std::vector<std::string_view>& scripts) {
    for (std::string_view script : scripts) {
        const json document = json::parse(script, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
        if (document.is_discarded()) continue;
        const json* article = find_article(document, 0);
        if (!article) continue;
        std::map<std::string, const json*> ids;
        collect_ids(document, ids, 0);
        return ArticleFields(*article, ids).read();
    }
    return {};
}

}  // namespace morgue::readers::html
