#pragma once

#include "readers/xml/xml_node_text.hpp"

#include <morgue/article.hpp>

#include <string>

// The articles of IPTC's two XML formats, each from its parsed root element.
namespace morgue::readers::xml {

struct NewsXmlArticle {
    Article article;          // id empty when the document names none
    std::string unreadable_date;  // the date as written, when it could not be read
};

// NITF <nitf>: head/title or body.head/hedline/hl1 -> headline; byline (its <person>s, else the
// text after "By") -> byline; dateline's <location> (else the text before its first comma) ->
// dateline; docdata/date.issue@norm (20100326T074300Z, 20100326) -> date; doc-id@id-string -> id;
// doc.copyright@holder, pubdata@name or distributor -> source; pubdata@position.section ->
// section; key-list keywords and tobject.subject matters -> topics; body.content -> body.
NewsXmlArticle nitf_article(pugi::xml_node nitf);

// NewsML-G2 <newsItem>: @guid -> id; contentMeta/headline (else itemMeta/title) -> headline;
// contentMeta/by (else creator names) -> byline; contentMeta/located (else dateline) -> dateline;
// itemMeta firstCreated, else versionCreated, else contentMeta/contentCreated -> date;
// itemMeta/provider -> source; subject names -> topics; contentSet/inlineXML (XHTML, or NITF),
// else inlineData -> body.
NewsXmlArticle newsml_g2_article(pugi::xml_node item);

// "20100326T074300Z" -> "2010-03-26T07:43:00Z", "20100326" -> "2010-03-26" (the ISO 8601 basic
// forms IPTC formats use), other text unchanged: for parse_date.
std::string expand_basic_iso_date(std::string_view text);

}  // namespace morgue::readers::xml
