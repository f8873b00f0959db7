#include "readers/read_articles.hpp"
#include "readers/json_lines_reader.hpp"
#include "readers/news_page_reader.hpp"
#include "readers/reuters_sgml_reader.hpp"
#include "readers/trec_sgml_reader.hpp"

namespace morgue::readers {

void read_articles(const SourceText& source, InputFormat format, const ReadCallbacks& callbacks) {
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
        case InputFormat::NewsPage:
        case InputFormat::Auto: read_news_page(source, callbacks); return;
    }
}

}  // namespace morgue::readers
