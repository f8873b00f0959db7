#include "readers/reuters_sgml_reader.hpp"

#include "readers/sgml_text.hpp"

#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <initializer_list>
#include <utility>

namespace morgue::readers {

namespace {

constexpr std::string_view kReutersTag = "REUTERS";
constexpr std::string_view kSource = "Reuters";
constexpr auto npos = std::string_view::npos;
constexpr std::string_view kSignOff = "reuter";  // also the start of "Reuters"

struct DateReading {
    std::optional<DateTime> date;
    std::string problem;  // empty when the date was read as written
};

// "26-FEB-1987 15:01:01.79", sometimes followed by leftovers of the wire header ("\t\t\tC T")
// or a note, so only the first two words are the date and time.
DateReading read_date(std::string_view raw) {
    const std::string text = sgml::inline_text(raw);
    const std::size_t first_space = text.find(' ');
    const std::string day = text.substr(0, first_space);
    if (day.empty()) return {std::nullopt, "article has an empty DATE: indexed without a date"};
    if (first_space != npos) {
        const std::size_t time_end = text.find(' ', first_space + 1);
        const std::string time = text.substr(first_space + 1, time_end - first_space - 1);
        if (std::optional<DateTime> date = parse_date(day + " " + time)) return {date, ""};
    }
    if (std::optional<DateTime> date = parse_date(day)) {
        if (first_space == npos) return {date, ""};  // a day without a time is complete as it is
        return {date, "unreadable time in DATE \"" + text + "\": kept the day only"};
    }
    return {std::nullopt, "unreadable DATE \"" + text + "\": article indexed without a date"};
}

std::vector<std::string> code_list(std::string_view element_content) {
    std::vector<std::string> codes;
    for (const sgml::Element& entry : sgml::find_elements(element_content, "D")) {
        std::string code = sgml::inline_text(entry.content);
        if (!code.empty()) codes.push_back(std::move(code));
    }
    return codes;
}

std::vector<std::string> code_list_of(std::string_view element, std::string_view name) {
    const std::optional<sgml::Element> list = sgml::find_element(element, name);
    return list ? code_list(list->content) : std::vector<std::string>{};
}

bool ends_with_sign_off(const std::string& body) {
    if (body.size() < kSignOff.size()) return false;
    const std::size_t start = body.size() - kSignOff.size();
    return ascii_iequals(std::string_view(body).substr(start), kSignOff) &&
           (start == 0 || body[start - 1] == ' ' || body[start - 1] == '\n');
}

// Bodies end with a " Reuter" sign-off line (sometimes "REUTER" after the last figures,
// sometimes twice).
std::string without_sign_off(std::string body) {
    const auto trim_end = [&body] {
        while (!body.empty() && (body.back() == ' ' || body.back() == '\n')) body.pop_back();
    };
    for (trim_end(); ends_with_sign_off(body); trim_end()) body.resize(body.size() - kSignOff.size());
    return body;
}

// The authors an AUTHOR element names. "By Patti Domm, Reuter" and typos like "Reutersd"
// would otherwise leave the wire's name among the authors.
std::vector<std::string> read_authors(std::string_view author) {
    std::vector<std::string> names = parse_byline(sgml::inline_text(author)).names;
    std::erase_if(names, [](const std::string& name) {
        return ascii_iequals(std::string_view(name).substr(0, kSignOff.size()), kSignOff);
    });
    return names;
}

// `content` without the elements named in `names` (what an UNPROC text holds besides them).
std::string without_elements(std::string_view content, std::initializer_list<std::string_view> names) {
    std::string rest(content);
    for (std::string_view name : names) {
        while (const std::optional<sgml::Element> element = sgml::find_element(rest, name)) {
            rest.replace(element->begin, element->end - element->begin, " ");
        }
    }
    return rest;
}

void read_text(const sgml::Element& text, Article& article) {
    const std::string type = sgml::attribute(text.start_tag, "TYPE").value_or("NORM");
    if (const auto title = sgml::find_element(text.content, "TITLE")) article.headline = sgml::inline_text(title->content);
    if (const auto dateline = sgml::find_element(text.content, "DATELINE")) {
        article.dateline = sgml::dateline_place(sgml::inline_text(dateline->content));
    }
    if (const auto author = sgml::find_element(text.content, "AUTHOR")) {
        article.byline = read_authors(author->content);
    }
    if (const auto body = sgml::find_element(text.content, "BODY")) {
        article.body = without_sign_off(sgml::paragraph_text(body->content));
    } else if (!ascii_iequals(type, "BRIEF")) {
        // BRIEF texts hold only a title and the placeholder "Blah blah blah."
        article.body = without_sign_off(
            sgml::paragraph_text(without_elements(text.content, {"TITLE", "DATELINE", "AUTHOR"})));
    }
}

// Reads one <REUTERS ...>...</REUTERS> element starting at `offset` of the file.
void read_element(const SourceText& source, std::string_view element, std::size_t offset,
                  sgml::LineCounter& lines, const ReadCallbacks& callbacks) {
    const std::size_t line = lines.line_at(offset);
    const std::size_t start_tag_end = element.find('>');
    const std::optional<std::string> new_id =
        start_tag_end == npos ? std::nullopt : sgml::attribute(element.substr(0, start_tag_end + 1), "NEWID");
    if (!new_id || new_id->empty()) {
        callbacks.problem({source.path, line, offset, "<REUTERS> element has no NEWID attribute: skipped",
                           ReadProblem::Severity::ArticleSkipped});
        return;
    }
    Article article;
    article.id = *new_id;
    article.source = kSource;
    const std::optional<sgml::Element> date = sgml::find_element(element, "DATE");
    DateReading reading = date ? read_date(date->content)
                               : DateReading{std::nullopt, "article has no DATE: indexed without a date"};
    article.date = reading.date;
    if (!reading.problem.empty()) {
        const std::size_t problem_offset = offset + (date ? date->begin : 0);
        callbacks.problem({source.path, lines.line_at(problem_offset), problem_offset,
                           "NEWID " + article.id + ": " + reading.problem, ReadProblem::Severity::Repaired});
    }
    article.topics = code_list_of(element, "TOPICS");
    article.places = code_list_of(element, "PLACES");
    if (const std::optional<sgml::Element> text = sgml::find_element(element, "TEXT")) read_text(*text, article);
    callbacks.article(std::move(article), line);
}

}  // namespace

void read_reuters_sgml(const SourceText& source, const ReadCallbacks& callbacks) {
    sgml::LineCounter lines(source.text);
    sgml::for_each_record(
        source.text, kReutersTag,
        [&](std::string_view record, std::size_t offset) { read_element(source, record, offset, lines, callbacks); },
        [&](std::size_t offset, std::string reason) {
            callbacks.problem({source.path, lines.line_at(offset), offset, std::move(reason),
                               ReadProblem::Severity::ArticleSkipped});
        });
}

}  // namespace morgue::readers
