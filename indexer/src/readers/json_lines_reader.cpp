#include "readers/json_lines_reader.hpp"

#include <morgue/article_json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace morgue::readers {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool is_blank(std::string_view text) { return std::all_of(text.begin(), text.end(), is_json_space); }

std::size_t count_newlines(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// A syntax error inside the JSON text that starts at `begin`, on line `line`, located in the file:
// its own line, byte offset and column, which may differ from the text's when the text spans lines.
ReadProblem syntax_problem(const SourceText& source, std::size_t begin, std::size_t line, const JsonSyntaxError& error) {
    std::string_view text = source.text;
    std::size_t at = std::min(begin + error.offset(), text.size());
    line += count_newlines(text.substr(begin, at - begin));
    std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    return ReadProblem{source.path, line, at, JsonSyntaxError(at - line_start, error.detail()).what()};
}

// Reads the article in `json_text`, which starts at byte `begin` on line `line` of the source.
void read_article(const SourceText& source, std::string_view json_text, std::size_t begin, std::size_t line,
                  const ReadCallbacks& callbacks) {
    std::optional<Article> article;
    try {
        article = article_from_json_line(json_text);
    } catch (const JsonSyntaxError& error) {
        callbacks.problem(syntax_problem(source, begin, line, error));
    } catch (const Error& error) {
        callbacks.problem(ReadProblem{source.path, line, begin, error.what()});
    }
    // Outside the try: an error thrown by the consumer is not a problem of this file.
    if (article) callbacks.article(std::move(*article), line);
}

void read_lines(const SourceText& source, std::size_t start, const ReadCallbacks& callbacks) {
    std::string_view text = source.text;
    std::size_t line = 1;
    for (std::size_t begin = start; begin < text.size(); ++line) {
        std::size_t newline = text.find('\n', begin);
        std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        std::string_view content = text.substr(begin, end - begin);
        if (content.ends_with('\r')) content.remove_suffix(1);
        if (!is_blank(content)) read_article(source, content, begin, line, callbacks);
        if (newline == std::string_view::npos) break;
        begin = newline + 1;
    }
}

// Offset of the ',' or ']' ending the array element that starts at `begin`, or npos if the text
// ends first. Only finds the boundary: the element itself is parsed by nlohmann-json.
std::size_t element_end(std::string_view text, std::size_t begin) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = begin; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') ++depth;
        else if (c == '}' && depth > 0) --depth;
        else if (c == ']' && depth > 0) --depth;
        else if (c == ']' || (c == ',' && depth == 0)) return i;
    }
    return std::string_view::npos;
}

// Moves `at` past spaces, counting the lines passed.
void skip_space(std::string_view text, std::size_t& at, std::size_t& line) {
    for (; at < text.size() && is_json_space(text[at]); ++at) {
        if (text[at] == '\n') ++line;
    }
}

void read_array(const SourceText& source, std::size_t open, const ReadCallbacks& callbacks) {
    std::string_view text = source.text;
    std::size_t line = 1 + count_newlines(text.substr(0, open));
    std::size_t at = open + 1;
    for (;;) {
        skip_space(text, at, line);
        if (at == text.size()) {
            callbacks.problem(ReadProblem{source.path, line, at, "the JSON array is not closed with ']'",
                                          ReadProblem::Severity::Repaired});
            return;
        }
        if (text[at] == ']') break;
        std::size_t end = std::min(element_end(text, at), text.size());
        std::string_view element = text.substr(at, end - at);
        while (!element.empty() && is_json_space(element.back())) element.remove_suffix(1);
        if (element.empty()) {
            callbacks.problem(ReadProblem{source.path, line, at, "empty element in the JSON array"});
        } else {
            read_article(source, element, at, line, callbacks);
        }
        line += count_newlines(text.substr(at, end - at));
        at = end;
        if (at < text.size() && text[at] == ']') break;
        if (at < text.size()) ++at;  // past ','
    }
    ++at;  // past ']'
    skip_space(text, at, line);
    if (at < text.size()) {
        callbacks.problem(ReadProblem{source.path, line, at, "text after the end of the JSON array was ignored"});
    }
}

// `morgue-search --json` prints one object whose "hits" are articles with extra keys (rank, score,
// snippet) that are ignored here, so a search's output can be indexed again as it is.
bool read_search_response(const SourceText& source, std::size_t first, const ReadCallbacks& callbacks) {
    const auto response = nlohmann::json::parse(std::string_view(source.text).substr(first), nullptr, false);
    if (!response.is_object() || !response.contains("hits") || !response["hits"].is_array()) return false;
    for (const auto& hit : response["hits"]) {
        std::optional<Article> article;
        try {
            article = hit.get<Article>();
        } catch (const std::exception& error) {
            callbacks.problem(ReadProblem{source.path, 1, first, error.what()});
        }
        if (article) callbacks.article(std::move(*article), 1);
    }
    return true;
}

}  // namespace

void read_json_lines(const SourceText& source, const ReadCallbacks& callbacks) {
    std::string_view text = source.text;
    std::size_t start = text.starts_with(kBom) ? kBom.size() : 0;
    std::size_t first = start;
    while (first < text.size() && is_json_space(text[first])) ++first;
    if (first < text.size() && text[first] == '[') {
        read_array(source, first, callbacks);
    } else if (first < text.size() && text[first] == '{' && read_search_response(source, first, callbacks)) {
        return;
    } else {
        read_lines(source, start, callbacks);
    }
}

}  // namespace morgue::readers
