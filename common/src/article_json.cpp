#include <morgue/article_json.hpp>
#include <morgue/byline.hpp>
#include <morgue/date.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>

namespace morgue {
namespace {

using Json = nlohmann::json;

// Unix times of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range DateTime can hold.
constexpr std::int64_t kFirstSecond = -62135596800;
constexpr std::int64_t kLastSecond = 253402300799;
// Values quoted in messages are cut to keep a message one readable line.
constexpr std::size_t kMaxShownBytes = 60;
constexpr std::size_t kMaxDetailBytes = 160;

// A key found in the object, under the name the input used (canonical or alias).
struct Found {
    std::string name;
    const Json* value;
};

// The first of `names` present and not null in `object`: the canonical key first, then aliases.
std::optional<Found> find_key(const Json& object, std::initializer_list<std::string_view> names) {
    for (auto name : names) {
        auto it = object.find(name);
        if (it != object.end() && !it->is_null()) return Found{std::string(name), &*it};
    }
    return std::nullopt;
}

std::string cut(std::string text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // keep UTF-8 whole
    text.resize(end);
    return text + "\xE2\x80\xA6";  // …
}

// The value as JSON text, shortened, for messages.
std::string shown(const Json& value) {
    return cut(value.dump(-1, ' ', false, Json::error_handler_t::replace), kMaxShownBytes);
}

std::string type_phrase(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::string: return "a string";
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "a number";
        default: return "an unknown value";
    }
}

[[noreturn]] void fail(std::string_view name, const std::string& reason) {
    throw Error("field '" + std::string(name) + "': " + reason);
}

std::string read_string(const Found& found) {
    if (!found.value->is_string()) fail(found.name, "expected a string, got " + type_phrase(*found.value));
    return found.value->get<std::string>();
}

std::string read_string(const Json& object, std::initializer_list<std::string_view> names) {
    auto found = find_key(object, names);
    return found ? read_string(*found) : std::string();
}

// A list of strings, or one string standing for a list of one.
std::vector<std::string> read_string_list(const Found& found) {
    const Json& value = *found.value;
    if (value.is_string()) {
        auto text = value.get<std::string>();
        if (text.empty()) return {};
        return {std::move(text)};
    }
    if (!value.is_array()) fail(found.name, "expected a string or an array of strings, got " + type_phrase(value));
    std::vector<std::string> items;
    items.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        items.push_back(read_string(Found{found.name + "[" + std::to_string(i) + "]", &value[i]}));
    }
    return items;
}

std::vector<std::string> read_string_list(const Json& object, std::initializer_list<std::string_view> names) {
    auto found = find_key(object, names);
    return found ? read_string_list(*found) : std::vector<std::string>();
}

std::string read_id(const Json& object) {
    auto found = find_key(object, {"id"});
    if (!found) throw Error("missing 'id'");
    const Json& value = *found->value;
    if (value.is_number_integer()) return value.dump();
    if (!value.is_string()) fail(found->name, "expected a string or an integer, got " + shown(value));
    auto id = value.get<std::string>();
    if (id.empty()) throw Error("missing 'id'");
    return id;
}

DateTime date_from_unix_time(const Found& found) {
    const Json& value = *found.value;
    std::optional<std::int64_t> seconds;
    if (value.is_number_unsigned()) {
        if (value.get<std::uint64_t>() <= static_cast<std::uint64_t>(kLastSecond)) seconds = value.get<std::int64_t>();
    } else if (value.is_number_integer()) {
        seconds = value.get<std::int64_t>();
    } else {
        // Fractions of a second (Python's time.time()) are dropped.
        double floored = std::floor(value.get<double>());
        if (floored >= static_cast<double>(kFirstSecond) && floored <= static_cast<double>(kLastSecond)) {
            seconds = static_cast<std::int64_t>(floored);
        }
    }
    if (!seconds || *seconds < kFirstSecond || *seconds > kLastSecond) {
        fail(found.name, shown(value) + " is out of range for a Unix time in seconds");
    }
    return DateTime::from_epoch_seconds(*seconds, true);
}

std::optional<DateTime> read_date(const Json& object) {
    auto found = find_key(object, {"date", "published", "timestamp"});
    if (!found) return std::nullopt;
    const Json& value = *found->value;
    if (value.is_number()) return date_from_unix_time(*found);
    if (!value.is_string()) {
        fail(found->name, "expected a date string or a Unix time, got " + type_phrase(value));
    }
    const auto& text = value.get_ref<const std::string&>();
    if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; })) return std::nullopt;
    auto date = parse_date(text);
    if (!date) fail(found->name, shown(value) + " is not a date");
    return date;
}

// Called after "source" is read, so that a source named in a byline string only fills a gap.
void read_byline(const Json& object, Article& article) {
    auto found = find_key(object, {"byline", "author", "authors"});
    if (!found) return;
    if (!found->value->is_string()) {
        article.byline = read_string_list(*found);
        return;
    }
    auto parsed = parse_byline(found->value->get_ref<const std::string&>());
    article.byline = std::move(parsed.names);
    if (article.source.empty()) article.source = std::move(parsed.source);
}

template <class AnyJson>
void write_article(AnyJson& json, const Article& article) {
    json = AnyJson::object();
    json["id"] = article.id;
    json["headline"] = article.headline;
    json["byline"] = article.byline;
    json["source"] = article.source;
    json["date"] = article.date ? AnyJson(article.date->to_iso()) : AnyJson(nullptr);
    json["dateline"] = article.dateline;
    json["section"] = article.section;
    json["body"] = article.body;
    if (!article.topics.empty()) json["topics"] = article.topics;
    if (!article.places.empty()) json["places"] = article.places;
    if (!article.language.empty()) json["lang"] = article.language;
}

// nlohmann's message without its "[json.exception...] parse error at line 1, column 8: " prefix.
std::string parse_error_detail(const Json::parse_error& error) {
    std::string_view message = error.what();
    auto column = message.find("column ");
    auto colon = column == std::string_view::npos ? column : message.find(": ", column);
    if (colon != std::string_view::npos) message.remove_prefix(colon + 2);
    return cut(std::string(message), kMaxDetailBytes);
}

// "number overflow parsing '1e999'" from nlohmann's "[json.exception.out_of_range.406] number ...".
std::string out_of_range_detail(const Json::out_of_range& error) {
    std::string_view message = error.what();
    auto bracket = message.find("] ");
    if (bracket != std::string_view::npos) message.remove_prefix(bracket + 2);
    return cut(std::string(message), kMaxDetailBytes);
}

// Where the literal quoted at the end of `message` first appears in `line`, or 0 if it cannot be found.
std::size_t offset_of_literal(std::string_view line, std::string_view message) {
    auto close = message.rfind('\'');
    auto open = close == std::string_view::npos || close == 0 ? close : message.rfind('\'', close - 1);
    if (open == std::string_view::npos) return 0;
    auto found = line.find(message.substr(open + 1, close - open - 1));
    return found == std::string_view::npos ? 0 : found;
}

}  // namespace

JsonSyntaxError::JsonSyntaxError(std::size_t offset, std::string detail)
    : Error("invalid JSON at column " + std::to_string(offset + 1) + ": " + detail),
      offset_(offset),
      detail_(std::move(detail)) {}

void to_json(nlohmann::json& json, const Article& article) { write_article(json, article); }

void from_json(const nlohmann::json& json, Article& article) {
    if (!json.is_object()) throw Error("expected a JSON object, got " + type_phrase(json));
    Article read;
    read.id = read_id(json);
    read.headline = read_string(json, {"headline", "title"});
    read.source = read_string(json, {"source"});
    read_byline(json, read);
    read.date = read_date(json);
    read.dateline = read_string(json, {"dateline"});
    read.section = read_string(json, {"section"});
    read.body = read_string(json, {"body", "text", "content"});
    read.topics = read_string_list(json, {"topics", "topic"});
    read.places = read_string_list(json, {"places", "place"});
    read.language = read_string(json, {"lang", "language"});
    article = std::move(read);
}

std::string to_json_line(const Article& article) {
    nlohmann::ordered_json json;  // keeps the documented key order, id first
    write_article(json, article);
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Article article_from_json_line(std::string_view line) {
    Json json;
    try {
        json = Json::parse(line);
    } catch (const Json::parse_error& error) {
        // nlohmann counts the offending byte from 1; at end of input it is one past the end.
        throw JsonSyntaxError(error.byte > 0 ? error.byte - 1 : 0, parse_error_detail(error));
    } catch (const Json::out_of_range& error) {
        // A number too large for a double, such as 1e999: nlohmann gives the literal but not its place.
        std::string detail = out_of_range_detail(error);
        throw JsonSyntaxError(offset_of_literal(line, error.what()), std::move(detail));
    }
    return json.get<Article>();
}

}  // namespace morgue
