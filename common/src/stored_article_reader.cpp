#include "stored_article_reader.hpp"

#include <morgue/error.hpp>

namespace morgue {

bool StoredArticleReader::key(string_t& name) {
    text_ = nullptr;
    list_ = nullptr;
    date_ = false;
    if (depth_ != 1) return true;
    if (name == "id") text_ = &article_.id;
    else if (name == "headline") text_ = &article_.headline;
    else if (name == "byline") list_ = &article_.byline;
    else if (name == "source") text_ = &article_.source;
    else if (name == "date") date_ = true;
    else if (name == "dateline") text_ = &article_.dateline;
    else if (name == "section") text_ = &article_.section;
    else if (name == "body") text_ = &article_.body;
    else if (name == "topics") list_ = &article_.topics;
    else if (name == "places") list_ = &article_.places;
    else if (name == "lang") text_ = &article_.language;
    return true;
}

bool StoredArticleReader::string(string_t& value) {
    if (list_) list_->push_back(std::move(value));
    else if (text_) *text_ = std::move(value);
    else if (date_) article_.date = parse_date(value);
    return true;
}

bool StoredArticleReader::parse_error(std::size_t, const std::string&, const nlohmann::json::exception& error) {
    throw Error(std::string("stored article is corrupt: ") + error.what());
}

}  // namespace morgue
