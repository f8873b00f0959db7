// Bad queries against a small database: each is a clear "bad query" (exit 2) or a sensible answer
// (exit 0), under a time limit and, outside ASan builds, a 1 GiB address-space limit.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <chrono>

namespace morgue::robustness {
namespace {

using namespace std::chrono_literals;

struct QueryCase {
    std::string name;
    std::string query;
    int exit_code;
    std::string message;  // in stderr for exit 2; empty for exit 0
};

ChildOptions bounded() {
    ChildOptions options;
    options.timeout = 30s;
    if (!under_address_sanitizer()) options.address_space = std::uint64_t{1} << 30;
    return options;
}

std::string repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

std::string numbered_words(const std::string& prefix, int count, const std::string& separator) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (i ? separator : "") + prefix + std::to_string(i);
    return out;
}

// A few articles, and one holding 100,000 distinct words starting with "zq" for the wildcard.
std::string make_database(const TempDir& dir) {
    std::string text = "{\"id\":\"q1\",\"headline\":\"oil prices rise\",\"body\":\"crude oil in Houston\"}\n"
                       "{\"id\":\"q2\",\"headline\":\"grain exports\",\"body\":\"wheat from Canada\",\"date\":\"2010-03-26\"}\n";
    text += "{\"id\":\"q3\",\"headline\":\"many words\",\"body\":\"" + numbered_words("zq", 100'000, " ") + "\"}\n";
    write_file(dir / "q.jsonl", text);
    const auto run = morgue_index(dir / "db", {dir / "q.jsonl"});
    REQUIRE(run.exit_code == 0);
    return dir / "db";
}

}  // namespace

TEST_CASE("bad_query: every malformed or hostile query is a clear error or a sensible answer") {
    TempDir dir;
    const std::string db = make_database(dir);
    const std::vector<QueryCase> cases{
        {"unbalanced quotes", "oil \"crude", 2, "bad query: unterminated phrase: missing closing \" (at character 5)"},
        {"lone AND", "AND", 2, "bad query: AND at the start of the query has nothing before it"},
        {"lone OR", "OR", 2, "bad query: OR at the start of the query has nothing before it"},
        {"lone NOT", "NOT", 2, "bad query: NOT at the end of the query has nothing after it"},
        {"lone NEAR", "NEAR", 2, "bad query: NEAR at the start of the query has nothing before it"},
        {"trailing AND", "oil AND", 2, "bad query: AND at the end of the query has nothing after it"},
        {"lone minus", "-", 2, "bad query: query has no searchable words"},
        {"lone parenthesis", "(", 2, "bad query: unbalanced parentheses: '(' is never closed"},
        {"closing parenthesis", "oil)", 2, "bad query: unbalanced parentheses: ')' has no matching '('"},
        {"unknown field", "colour:red", 2, "bad query: unknown field 'colour' (known fields:"},
        {"impossible date", "date:2010-13-45", 2, "bad query: date '2010-13-45' does not exist (at character 6)"},
        {"100,000 characters", std::string(100'000, 'a'), 2, "bad query: query is too long (100000 bytes; the limit is 10000)"},
        {"10,000 terms", numbered_words("t", 10'000, " "), 2, "bad query: query is too long"},
        {"1,500 short terms", numbered_words("t", 1'500, " "), 2, "bad query: query has too many terms (the limit is 1000)"},
        {"phrase of 2,000 words", "\"" + repeat("oil ", 2000) + "\"", 2, "bad query: query has too many terms"},
        {"4,000 nested parentheses", repeat("(", 4000) + "oil" + repeat(")", 4000), 2,
         "bad query: query nests too deeply (more than 100 levels of parentheses or +/- signs) (at character 101)"},
        {"5,000 minus signs", "oil " + repeat("-", 5000) + "crude", 2, "bad query: query nests too deeply"},
        {"wildcard over 100,000 terms", "zq*", 0, ""},
        {"wildcard alone", "*", 2, "bad query: query has no searchable words"},
        // Each wildcard scans the 100,000 words it may expand to: their number is bounded per query.
        {"20 wildcards over 100,000 terms", repeat("zq* ", 20), 0, ""},
        {"1,000 wildcards", repeat("zq* ", 1000), 2, "bad query: query has too many wildcards (the limit is 20) (at character 81)"},
        {"control characters", "oil\x01\x07\x1b", 0, ""},
        {"invalid UTF-8", "oil \xFF\xFE", 2, "bad query: query is not valid UTF-8 (at character 5)"},
    };
    for (const QueryCase& c : cases) {
        CAPTURE(c.name);
        const auto run = morgue_search(db, {"--json", "--", c.query}, bounded());
        INFO("stderr: " << run.err.substr(0, 500));
        CHECK_FALSE(run.timed_out);
        CHECK(run.seconds < 10);
        CHECK(run.exit_code == c.exit_code);
        if (c.exit_code == 2) {
            CHECK(run.err.find("morgue-search: " + c.message) != std::string::npos);
            CHECK(count(run.err, "\n") == 1);  // one line, no library exception text
        }
    }
}

TEST_CASE("bad_query: the sensible answers are the right ones") {
    TempDir dir;
    const std::string db = make_database(dir);
    CHECK(search_answer(db, {"--", "oil\x01\x07\x1b"}).ids == std::vector<std::string>{"q1"});
    // The wildcard expands to at most a bounded number of the most frequent terms, yet answers.
    CHECK(search_answer(db, {"--", "zq*"}).ids == std::vector<std::string>{"q3"});
    CHECK(search_answer(db, {"--", "zq99999"}).ids == std::vector<std::string>{"q3"});
}

TEST_CASE("bad_query: bad options are usage errors (exit 2)") {
    TempDir dir;
    const std::string db = make_database(dir);
    const auto to = morgue_search(db, {"--to", "2010-13-45", "oil"}, bounded());
    CHECK(to.exit_code == 2);
    CHECK(to.err.find("--to '2010-13-45' is not a date") != std::string::npos);
    const auto facet = morgue_search(db, {"--facet", "colour", "oil"}, bounded());
    CHECK(facet.exit_code == 2);
    CHECK(facet.err.find("unknown facet 'colour'") != std::string::npos);
    // Options are not the query text: no "bad query ... at character 1".
    CHECK(facet.err.find("bad query") == std::string::npos);
    CHECK(to.err.find("bad query") == std::string::npos);
    const auto recent = morgue_search(db, {"--recent", "0d", "oil"}, bounded());
    CHECK(recent.exit_code == 2);
    CHECK(recent.err.find("--recent '0d' is not a half-life") != std::string::npos);
}

}  // namespace morgue::robustness
