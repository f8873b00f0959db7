#include "fts5_query.hpp"

#include <morgue/date.hpp>

#include <cctype>
#include <vector>

namespace morgue::bench {
namespace {

// Splits on spaces, keeping "quoted phrases" (with a field: before them) as one token.
std::optional<std::vector<std::string>> tokens_of(const std::string& text) {
    std::vector<std::string> tokens;
    std::string current;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (c == ' ' && !quoted) {
            if (!current.empty()) tokens.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (quoted) return std::nullopt;
    if (!current.empty()) tokens.push_back(current);
    return tokens;
}

bool is_plain(const std::string& text) {
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (!(std::isalnum(c) || c >= 0x80 || c == ' ' || c == '\'' || c == '.' || c == '-')) return false;
    }
    return !text.empty();
}

// A word or "phrase" as an FTS5 string; nullopt for operators FTS5 would read differently.
std::optional<std::string> fts5_string(const std::string& value) {
    const bool phrase = value.size() >= 2 && value.front() == '"' && value.back() == '"';
    const std::string inner = phrase ? value.substr(1, value.size() - 2) : value;
    if (!is_plain(inner)) return std::nullopt;
    return "\"" + inner + "\"";
}

bool add_date(Fts5Query& query, const std::string& value) {
    const auto dots = value.find("..");
    const auto first = parse_query_date(value.substr(0, dots));
    const auto last = dots == std::string::npos ? first : parse_query_date(value.substr(dots + 2));
    if (!first || !last || !first->first || !last->last || query.from_second) return false;
    query.from_second = first->first->epoch_seconds();
    query.to_second = last->last->epoch_seconds() + 86400;
    return true;
}

}  // namespace

std::optional<Fts5Query> translate_to_fts5(const std::string& morgue_query) {
    const auto tokens = tokens_of(morgue_query);
    if (!tokens) return std::nullopt;
    Fts5Query query;
    for (const auto& token : *tokens) {
        std::string part;
        if (token == "AND" || token == "OR" || token == "NOT") {
            part = token;
        } else if (token.starts_with("date:")) {
            if (!add_date(query, token.substr(5))) return std::nullopt;
            continue;
        } else if (const auto colon = token.find(':'); colon != std::string::npos && token[0] != '"') {
            const std::string field = token.substr(0, colon);
            if (field != "headline" && field != "byline" && field != "body") return std::nullopt;
            const auto value = fts5_string(token.substr(colon + 1));
            if (!value) return std::nullopt;
            part = field + " : " + *value;
        } else {
            const auto value = fts5_string(token);
            if (!value) return std::nullopt;
            part = "{headline body} : " + *value;
        }
        query.match += (query.match.empty() ? "" : " ") + part;
    }
    if (query.match.empty()) return std::nullopt;
    return query;
}

}  // namespace morgue::bench
