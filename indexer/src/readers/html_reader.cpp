#include "readers/html_reader.hpp"

#include "readers/html/html_article.hpp"

namespace morgue::readers {

void read_html(const SourceText& source, const ReadCallbacks& callbacks) {
    html::HtmlReading reading = html::read_html_article(source.text);
    if (!reading.article) {
        callbacks.problem(problem_at(source, reading.problem_offset, reading.problem));
        return;
    }
    // Another engineer derives ids from paths relative to the argument; until then, the path.
    if (reading.article->id.empty()) reading.article->id = source.path;
    callbacks.article(std::move(*reading.article), 1);
}

}  // namespace morgue::readers
