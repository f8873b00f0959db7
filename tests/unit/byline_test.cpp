#include <morgue/byline.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

struct BylineCase {
    std::string text;
    std::vector<std::string> names;
    std::string source;
};

void check_cases(const std::vector<BylineCase>& cases) {
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const morgue::ParsedByline parsed = morgue::parse_byline(c.text);
        CHECK(parsed.names == c.names);
        CHECK(parsed.source == c.source);
    }
}

}  // namespace

TEST_CASE("byline: the forms other readers hand over") {
    check_cases({
        {"By Janie Gabbett, Reuters", {"Janie Gabbett"}, "Reuters"},
        {"By Cai Xiao and Hu Haiyan (China Daily)", {"Cai Xiao", "Hu Haiyan"}, "China Daily"},
        {"Cai Xiao and Hu Haiyan", {"Cai Xiao", "Hu Haiyan"}, ""},
        {"Janie Gabbett", {"Janie Gabbett"}, ""},
    });
}

TEST_CASE("byline: leading By in any case, and separators between several names") {
    check_cases({
        {"BY Ann Lee", {"Ann Lee"}, ""},
        {"by Ann Lee", {"Ann Lee"}, ""},
        {"By: Ann Lee", {"Ann Lee"}, ""},
        {"Written by Ann Lee", {"Ann Lee"}, ""},
        {"By Ann Lee, Tom Ford and Maria Silva", {"Ann Lee", "Tom Ford", "Maria Silva"}, ""},
        {"By Ann Lee, Tom Ford, and Maria Silva", {"Ann Lee", "Tom Ford", "Maria Silva"}, ""},
        {"By Ann Lee & Tom Ford", {"Ann Lee", "Tom Ford"}, ""},
        {"By Ann Lee&Tom Ford", {"Ann Lee", "Tom Ford"}, ""},
        {"By Ann Lee; Tom Ford", {"Ann Lee", "Tom Ford"}, ""},
        {"Byron Hale", {"Byron Hale"}, ""},  // "By" only counts as a separate word
    });
}

TEST_CASE("byline: agencies and roles after the names are the source, not authors") {
    check_cases({
        {"By John Doe, Associated Press Writer", {"John Doe"}, "Associated Press"},
        {"By John Doe and Jane Roe, Associated Press Writers", {"John Doe", "Jane Roe"}, "Associated Press"},
        {"By John Doe, The Associated Press", {"John Doe"}, "Associated Press"},
        {"By John Doe, AP Business Writer", {"John Doe"}, "AP"},
        {"By Li Wei, Staff Reporter", {"Li Wei"}, ""},
        {"By Li Wei, Our Correspondent", {"Li Wei"}, ""},
        {"By Li Wei, Senior Staff Writer", {"Li Wei"}, ""},
        {"By Jane Doe, Mining Correspondent", {"Jane Doe"}, ""},
        {"By John Smith Staff Writer", {"John Smith"}, ""},
        {"By Pierre Blanc, AFP", {"Pierre Blanc"}, "AFP"},
        {"By Pierre Blanc, Agence France-Presse", {"Pierre Blanc"}, "Agence France-Presse"},
        {"By Hans Vogel, dpa", {"Hans Vogel"}, "dpa"},
        {"By Hans Vogel, DPA", {"Hans Vogel"}, "dpa"},
        {"By Kenji Sato, Kyodo News", {"Kenji Sato"}, "Kyodo News"},
        {"By Ivan Petrov, Itar-Tass correspondent", {"Ivan Petrov"}, "Itar-Tass"},
        {"By Mary Hall, Toronto Star Staff Writer", {"Mary Hall"}, "Toronto Star"},
        {"By Mary Hall, for Reuters", {"Mary Hall"}, "Reuters"},
        {"By Reuters Staff", {}, "Reuters"},
        {"Xinhua writers Wang Xi and Li Yu", {"Wang Xi", "Li Yu"}, "Xinhua"},
        {"By Staff and agencies", {}, "Agencies"},
        {"Bloomberg", {}, "Bloomberg"},
    });
}

TEST_CASE("byline: source in parentheses or brackets") {
    check_cases({
        {"By Zhang Min (Xinhua)", {"Zhang Min"}, "Xinhua"},
        {"Zhang Min (The Hindu)", {"Zhang Min"}, "The Hindu"},
        {"By Zhang Min (Source: Global Times)", {"Zhang Min"}, "Global Times"},
        {"By Zhang Min [Agencies]", {"Zhang Min"}, "Agencies"},
    });
}

TEST_CASE("byline: the place an author filed from is dropped") {
    check_cases({
        {"By Cai Xiao in Beijing", {"Cai Xiao"}, ""},
        {"By Cai Xiao in Beijing and Hu Haiyan in Hong Kong (China Daily)", {"Cai Xiao", "Hu Haiyan"}, "China Daily"},
        {"By Cai Xiao in New York, Reuters", {"Cai Xiao"}, "Reuters"},
    });
}

TEST_CASE("byline: ALL CAPS names become Title Case, mixed case is kept") {
    check_cases({
        {"BY JOHN DOE", {"John Doe"}, ""},
        {"BY JOHN DOE AND MARY O'BRIEN-SMITH, REUTERS", {"John Doe", "Mary O'Brien-Smith"}, "Reuters"},
        {"By Ronald McDonald", {"Ronald McDonald"}, ""},
        {"By Jean-Luc DuPont", {"Jean-Luc DuPont"}, ""},
        {"By ÉMILE ZOLA", {"Émile Zola"}, ""},
        {"By JOHN SMITH III", {"John Smith III"}, ""},
        {"By J. R. Ewing", {"J. R. Ewing"}, ""},
    });
}

TEST_CASE("byline: whitespace is collapsed, including no-break spaces") {
    check_cases({
        {"  By   Cai\tXiao \n and\xC2\xA0Hu   Haiyan  ", {"Cai Xiao", "Hu Haiyan"}, ""},
        {"", {}, ""},
        {"   ", {}, ""},
        {"By", {}, ""},
    });
}

TEST_CASE("byline: name suffixes after a comma stay with the name") {
    check_cases({
        {"By John Smith, Jr.", {"John Smith, Jr."}, ""},
        {"By John Smith, Jr. and Ann Lee, Reuters", {"John Smith, Jr.", "Ann Lee"}, "Reuters"},
        {"By Carl Bernard, III, AP", {"Carl Bernard, III"}, "AP"},
    });
}
