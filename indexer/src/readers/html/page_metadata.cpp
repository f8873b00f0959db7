#include "readers/html/page_metadata.hpp"

namespace morgue::readers::html {

void PageMetadata::fill_from(const PageMetadata& other) {
    if (headline.empty()) headline = other.headline;
    if (authors.empty()) authors = other.authors;
    if (!date) date = other.date;
    if (source.empty()) source = other.source;
    if (section.empty()) section = other.section;
    if (body.empty()) body = other.body;
    if (url.empty()) url = other.url;
    if (language.empty()) language = other.language;
}

}  // namespace morgue::readers::html
