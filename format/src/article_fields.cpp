#include <morgue/article_fields.hpp>

namespace morgue {
namespace {

std::vector<std::string> one(const std::string& value) {
    if (value.empty()) return {};
    return {value};
}

std::vector<std::string> non_empty(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const auto& v : values)
        if (!v.empty()) out.push_back(v);
    return out;
}

}  // namespace

std::vector<std::string> field_values(const Article& article, FieldId field) {
    switch (field) {
        case FieldId::Id: return one(article.id);
        case FieldId::Headline: return one(article.headline);
        case FieldId::Byline: return non_empty(article.byline);
        case FieldId::Source: return one(article.source);
        case FieldId::Date: return {};
        case FieldId::Dateline: return one(article.dateline);
        case FieldId::Section: return one(article.section);
        case FieldId::Body: return one(article.body);
        case FieldId::Topic: return non_empty(article.topics);
        case FieldId::Place: return non_empty(article.places);
        case FieldId::Language: return one(article.language);
    }
    return {};
}

}  // namespace morgue
