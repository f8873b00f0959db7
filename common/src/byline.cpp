#include <morgue/byline.hpp>

#include <morgue/ascii.hpp>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace morgue {
namespace {

// Agencies and papers that sign bylines, in their usual spelling; matched ignoring case and a leading "The".
constexpr std::array<std::string_view, 50> kKnownSources = {
    "Reuters", "Thomson Reuters", "Reuters News", "AP", "Associated Press", "AP-Dow Jones", "AFP",
    "Agence France-Presse", "Agence France Presse", "Xinhua", "Xinhua News Agency", "Bloomberg",
    "Bloomberg News", "UPI", "United Press International", "dpa", "Deutsche Presse-Agentur", "Kyodo",
    "Kyodo News", "Itar-Tass", "TASS", "RIA Novosti", "Interfax", "China Daily", "chinadaily.com.cn",
    "Global Times", "People's Daily", "China News Service", "CNN", "BBC", "PTI", "Press Trust of India",
    "Yonhap", "ANSA", "EFE", "Jiji Press", "AAP", "Canadian Press", "Dow Jones", "Dow Jones Newswires",
    "Agencies", "Knight Ridder", "Knight-Ridder", "New York Times News Service", "Washington Post",
    "Los Angeles Times", "Financial Times", "Wall Street Journal", "Press Association", "Anadolu Agency",
};

// Words that end the name of a paper or wire, so "Toronto Star Staff Writer" yields the source "Toronto Star".
constexpr std::array<std::string_view, 22> kOutletWords = {
    "times", "post", "news", "daily", "journal", "herald", "press", "agency", "tribune", "telegraph", "guardian",
    "mail", "star", "gazette", "globe", "review", "chronicle", "wire", "service", "newswires", "magazine", "weekly",
};

// A byline word that says what the author does rather than who they are.
constexpr std::array<std::string_view, 18> kRoleNouns = {
    "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor", "editors",
    "staff", "columnist", "columnists", "contributor", "contributors", "photographer", "photographers",
    "stringer", "producer", "analyst",
};

// Words that qualify a role ("Senior Business Writer") and go with it.
constexpr std::array<std::string_view, 34> kRoleModifiers = {
    "staff", "special", "senior", "chief", "foreign", "business", "political", "economics", "economic",
    "sports", "science", "diplomatic", "technology", "energy", "medical", "military", "legal", "deputy",
    "managing", "associate", "contributing", "assistant", "national", "regional", "our", "bureau",
    "investigative", "environment", "health", "education", "entertainment", "financial", "markets", "a",
};

// Name suffixes that follow a comma but belong to the name before it ("John Smith, Jr.").
constexpr std::array<std::string_view, 8> kNameSuffixes = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"};

bool is_space_at(std::string_view s, std::size_t i, std::size_t& width) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        width = 1;
        return true;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // NO-BREAK SPACE
        width = 2;
        return true;
    }
    return false;
}

std::string collapse_whitespace(std::string_view s) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t width = 0;
        if (is_space_at(s, i, width)) {
            pending_space = !out.empty();
            i += width;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += s[i++];
    }
    return out;
}



bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && ascii_iequals(s.substr(0, prefix.size()), prefix);
}

// Lower case without the punctuation that may cling to a word ("Writer," "Jr.").
std::string bare_word(std::string_view word) {
    std::string out;
    for (char c : word)
        if (c != '.' && c != ',' && c != ':' && c != ';') out += ascii_lower(c);
    return out;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view bare) {
    return std::find(list.begin(), list.end(), bare) != list.end();
}

std::string join(const std::vector<std::string>& words, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i < last; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

std::vector<std::string> split(std::string_view s, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at = s.find(separator); at != std::string_view::npos; at = s.find(separator, start)) {
        parts.emplace_back(s.substr(start, at - start));
        start = at + 1;
    }
    parts.emplace_back(s.substr(start));
    std::erase_if(parts, [](const std::string& p) { return p.empty(); });
    return parts;
}

std::string trim(std::string_view s, std::string_view junk = " ") {
    const auto first = s.find_first_not_of(junk);
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(junk) - first + 1));
}

std::optional<std::string_view> known_source(std::string_view text) {
    if (istarts_with(text, "the ")) text.remove_prefix(4);
    for (std::string_view source : kKnownSources)
        if (ascii_iequals(text, source)) return source;
    return std::nullopt;
}

bool looks_like_outlet(const std::vector<std::string>& words, std::size_t count) {
    return count > 0 && contains(kOutletWords, bare_word(words[count - 1]));
}

// "JOHN O'BRIEN-SMITH" -> "John O'Brien-Smith"; text with any lower-case letter is left alone.
std::string title_case_if_shouting(const std::string& name) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
    int upper = 0;
    for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (u_islower(c)) return name;
        if (u_isupper(c)) ++upper;
    }
    if (upper < 2) return name;
    std::string out;
    for (const std::string& word : split(name, ' ')) {
        if (!out.empty()) out += ' ';
        if (word.find_first_not_of("IVX") == std::string::npos) {  // Roman numeral: "John Smith III"
            out += word;
            continue;
        }
        const icu::UnicodeString original = icu::UnicodeString::fromUTF8(word);
        icu::UnicodeString cased;
        bool after_letter = false;
        for (std::int32_t i = 0; i < original.length(); i = original.moveIndex32(i, 1)) {
            const UChar32 c = original.char32At(i);
            cased.append(after_letter ? u_tolower(c) : u_totitle(c));
            after_letter = u_isalpha(c) != 0;
        }
        cased.toUTF8String(out);
    }
    return out;
}

bool has_letter(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || (ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z');
    });
}

class BylineBuilder {
public:
    ParsedByline result;

    void add_source(std::string_view text) {
        const std::string cleaned = trim(text, " ,;:.-");
        if (!result.source.empty() || !has_letter(cleaned)) return;
        const auto known = known_source(cleaned);
        result.source = known ? std::string(*known) : cleaned;
    }

    void add_name(std::string_view text) {
        const std::string cleaned = trim(text, " ,;:-");
        if (has_letter(cleaned)) result.names.push_back(title_case_if_shouting(cleaned));
    }

    // One person, agency or role, already split from the others at commas and "and".
    void add_group(std::vector<std::string> words) {
        if (words.empty()) return;
        if (bare_word(words[0]) == "for") return add_source(join(words, 1, words.size()));
        if (words.size() > 2 && bare_word(words[0]) == "special" && bare_word(words[1]) == "to")
            return add_source(join(words, 2, words.size()));
        drop_place(words);
        const std::string whole = join(words, 0, words.size());
        if (known_source(whole)) return add_source(whole);
        std::size_t role = words.size();
        for (std::size_t i = words.size(); i-- > 0;) {
            if (contains(kRoleNouns, bare_word(words[i]))) {
                role = i;
                break;
            }
        }
        if (role == words.size()) return add_name(whole);
        add_role_group(words, role);
    }

private:
    // "Cai Xiao in Beijing" -> "Cai Xiao": the place the author filed from is not part of the name.
    static void drop_place(std::vector<std::string>& words) {
        for (std::size_t i = 1; i + 1 < words.size(); ++i) {
            if (!ascii_iequals(words[i], "in")) continue;
            const bool place_follows = std::all_of(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end(),
                                                   [](const std::string& w) { return !w.empty() && !(w[0] >= 'a' && w[0] <= 'z'); });
            if (place_follows) {
                words.resize(i);
                return;
            }
        }
    }

    // "Associated Press Business Writer", "Xinhua writers Wang Xi", "Staff Reporter".
    void add_role_group(const std::vector<std::string>& words, std::size_t role) {
        std::size_t before = role;
        while (before > 0 && contains(kRoleModifiers, bare_word(words[before - 1]))) --before;
        const std::string who = join(words, 0, before);
        if (before > 0) {
            if (known_source(who) || looks_like_outlet(words, before)) {
                add_source(who);
            } else if (role + 1 == words.size() && before >= 2) {
                add_name(who);  // "John Smith Staff Writer", written without a comma
            }  // one word before the role is a beat, not a name: "Jane Doe, Mining Correspondent"
        }
        if (role + 1 < words.size()) add_name(join(words, role + 1, words.size()));
    }
};

std::string_view strip_by(std::string_view s) {
    if (ascii_iequals(s, "by")) return {};
    for (std::string_view lead : {"written by ", "reported by ", "story by ", "text by ", "by: ", "by ", "by:"}) {
        if (istarts_with(s, lead)) return s.substr(lead.size());
    }
    return s;
}

// Removes "(China Daily)" or "[Agencies]" groups from `text`, handing their contents to `builder` as sources.
std::string take_bracketed(std::string_view text, BylineBuilder& builder) {
    std::string rest;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char open = text[i];
        const char close = open == '(' ? ')' : open == '[' ? ']' : '\0';
        const auto end = close ? text.find(close, i + 1) : std::string_view::npos;
        if (end == std::string_view::npos) {
            rest += open;
            continue;
        }
        std::string_view inner = text.substr(i + 1, end - i - 1);
        if (istarts_with(inner, "source:")) inner.remove_prefix(7);
        BylineBuilder inside;
        inside.add_group(split(inner, ' '));
        builder.add_source(inside.result.source.empty() && !inside.result.names.empty() ? inside.result.names.front()
                                                                                        : inside.result.source);
        rest += ' ';
        i = end;
    }
    return rest;
}

// Splits at commas and semicolons, keeping "Jr."-style suffixes with the name before them.
std::vector<std::string> comma_parts(std::string_view text) {
    std::string unified(text);
    std::replace(unified.begin(), unified.end(), ';', ',');
    std::vector<std::string> parts;
    for (std::string part : split(unified, ',')) {
        part = trim(part);
        if (part.empty()) continue;
        if (!parts.empty() && contains(kNameSuffixes, bare_word(part.substr(0, part.find(' '))))) {
            parts.back() += ", " + part;
        } else {
            parts.push_back(std::move(part));
        }
    }
    return parts;
}

}  // namespace

ParsedByline parse_byline(std::string_view text) {
    BylineBuilder builder;
    std::string s = collapse_whitespace(text);
    s = take_bracketed(strip_by(s), builder);
    std::string spaced;
    for (char c : s) spaced += c == '&' ? std::string(" & ") : std::string(1, c);
    for (const std::string& part : comma_parts(collapse_whitespace(spaced))) {
        std::vector<std::string> group;
        for (std::string& word : split(part, ' ')) {
            if (word == "&" || ascii_iequals(word, "and")) {
                builder.add_group(std::move(group));
                group.clear();
            } else {
                group.push_back(std::move(word));
            }
        }
        builder.add_group(std::move(group));
    }
    return std::move(builder.result);
}

}  // namespace morgue
