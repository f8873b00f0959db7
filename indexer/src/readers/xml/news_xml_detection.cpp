#include "readers/xml/news_xml_detection.hpp"

#include "readers/xml/xml_records.hpp"

namespace morgue::readers::xml {

bool looks_like_feed(std::string_view head) {
    const RootTag root = root_tag(head);
    const std::string_view name = local_name(root.name);
    if (root.name == "rss") return true;
    if (name == "feed") return root.start_tag.find("http://www.w3.org/2005/Atom") != std::string_view::npos;
    if (name == "RDF") return root.start_tag.find("purl.org/rss/1.0") != std::string_view::npos;
    return false;
}

bool looks_like_nitf(std::string_view head) {
    const std::string_view name = local_name(root_tag(head).name);
    return name == "nitf" || name == "newsItem" || name == "newsMessage";
}

}  // namespace morgue::readers::xml
