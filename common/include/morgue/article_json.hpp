#pragma once

#include <morgue/article.hpp>
#include <morgue/error.hpp>

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace morgue {

// The JSON form of an Article: morgue's interchange format (JSON Lines input to morgue-index,
// morgue-search --json output, which can be fed back in). Documented for users in
// corpora/jsonl/README.md.
//
// Keys are the schema's field names (schema.hpp), except that the list fields take plural names:
//   "id"        string
//   "headline"  string
//   "byline"    array of author names
//   "source"    string
//   "date"      ISO 8601 string from DateTime::to_iso(), or null when unknown
//   "dateline"  string
//   "section"   string
//   "body"      string
//   "topics"    array of strings   } written only when not empty
//   "places"    array of strings   }
//   "lang"      string (Article::language), written only when not empty
//
// Reading is liberal where the meaning is unambiguous:
//   - "id" may be an integer; "date" may be anything parse_date() reads or a Unix time in seconds;
//   - "byline" may be one string ("By Janie Gabbett, Reuters"), split by parse_byline(); a source
//     found there fills "source" when the object has none;
//   - "topics"/"places" may be one string; aliases are accepted when the canonical key is absent:
//     title -> headline, author/authors -> byline, published/timestamp -> date, text/content -> body,
//     topic -> topics, place -> places, language -> lang;
//   - null means absent; unknown keys are ignored.
// Anything else (a wrong type, an unreadable date, no "id") throws morgue::Error whose what()
// names the field, e.g. `field 'date': "2010-13-45" is not a date`.

void to_json(nlohmann::json& json, const Article& article);
void from_json(const nlohmann::json& json, Article& article);

// One compact line (no newline at the end), keys in the order listed above, UTF-8 unescaped.
std::string to_json_line(const Article& article);

// Parses one JSON object. Throws JsonSyntaxError if `line` is not JSON, morgue::Error if it is
// not an article as described above.
Article article_from_json_line(std::string_view line);

// The text given to article_from_json_line() is not valid JSON.
// what() is "invalid JSON at column 17: <what the parser expected>".
class JsonSyntaxError : public Error {
public:
    JsonSyntaxError(std::size_t offset, std::string detail);
    // 0-based byte offset of the error in the text parsed; column = offset() + 1 (in bytes).
    std::size_t offset() const { return offset_; }
    // The parser's explanation, without the location.
    const std::string& detail() const { return detail_; }

private:
    std::size_t offset_;
    std::string detail_;
};

}  // namespace morgue
