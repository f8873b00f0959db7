#include "readers/xml/nitf_reader.hpp"

#include "readers/line_counter.hpp"
#include "readers/xml/news_xml_article.hpp"
#include "readers/xml/xml_records.hpp"

namespace morgue::readers {

void read_nitf(const SourceText& source, const ReadCallbacks& callbacks) {
    LineCounter lines(source.text);
    std::size_t documents = 0;
    const auto report = [&](std::size_t offset, std::string reason, ReadProblem::Severity severity) {
        callbacks.problem(ReadProblem{source.path, lines.line_of(offset), offset, std::move(reason), severity});
    };
    const auto read_document = [&](std::string_view record, std::size_t offset) {
        const std::string what = "document " + std::to_string(++documents);
        const xml::ParsedRecord parsed = xml::parse_record(record);
        if (parsed.error)
            return report(offset + parsed.error->offset, what + " skipped: " + parsed.error->reason,
                          ReadProblem::Severity::ArticleSkipped);
        const pugi::xml_node root = parsed.root();
        xml::NewsXmlArticle reading =
            xml::local_name(root.name()) == "nitf" ? xml::nitf_article(root) : xml::newsml_g2_article(root);
        Article& article = reading.article;
        if (article.headline.empty() && article.body.empty())
            return report(offset, what + " skipped: it has no headline and no text", ReadProblem::Severity::ArticleSkipped);
        if (article.id.empty()) article.id = source.path + "#" + std::to_string(documents);
        if (!reading.unreadable_date.empty())
            report(offset, "article " + article.id + ": cannot read the date '" + reading.unreadable_date +
                               "'; indexed without a date",
                   ReadProblem::Severity::Repaired);
        callbacks.article(std::move(article), lines.line_of(offset));
    };
    if (xml::find_start_tag(source.text, {"nitf", "newsItem"}) == std::string_view::npos)
        return report(0, "no <nitf> document or NewsML-G2 <newsItem> found", ReadProblem::Severity::FileSkipped);
    xml::for_each_record(source.text, {"nitf", "newsItem"}, read_document, [&](std::size_t offset, std::string reason) {
        report(offset, "document " + std::to_string(++documents) + " skipped: " + reason, ReadProblem::Severity::ArticleSkipped);
    });
}

}  // namespace morgue::readers
