#include "readers/read_articles.hpp"
#include "readers/html_reader.hpp"
#include "readers/json_lines_reader.hpp"
#include "readers/mail_reader.hpp"
#include "readers/news_page_reader.hpp"
#include "readers/reuters_sgml_reader.hpp"
#include "readers/trec_sgml_reader.hpp"
#include "readers/csv/csv_reader.hpp"
#include "readers/xml/feed_reader.hpp"
#include "readers/xml/nitf_reader.hpp"
#include "readers/warc_reader.hpp"

namespace morgue::readers {

void read_articles(const SourceText& source, InputFormat format, const ReadCallbacks& callbacks,
                   const ReadOptions& options) {
    if (format == InputFormat::Auto) {
        const std::string_view head = std::string_view(source.text).substr(0, kFormatSniffBytes);
        format = detect_input_format(source.path, head);
        if (format == InputFormat::Auto) {
            callbacks.problem({source.path, 0, 0, describe_unrecognised_input(head), ReadProblem::Severity::FileSkipped});
            return;
        }
    }
    switch (format) {
        case InputFormat::ReutersSgml: read_reuters_sgml(source, callbacks); return;
        case InputFormat::TrecSgml: read_trec_sgml(source, callbacks); return;
        case InputFormat::JsonLines: read_json_lines(source, callbacks); return;
        case InputFormat::Feed: read_feed(source, callbacks); return;
        case InputFormat::Nitf: read_nitf(source, callbacks); return;
        case InputFormat::Csv: read_csv(source, callbacks, options.field_map); return;
        case InputFormat::Mail: read_mail(source, callbacks); return;
        case InputFormat::Html: read_html(source, callbacks); return;
        case InputFormat::Warc: read_warc(source, callbacks); return;
        case InputFormat::NewsPage:
        case InputFormat::Auto: read_news_page(source, callbacks); return;
    }
}

}  // namespace morgue::readers
