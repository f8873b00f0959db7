#include "query_parser.hpp"
#include "temp_database.hpp"

#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/schema.hpp>
#include <morgue/terms.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <set>
#include <string>
#include <vector>

namespace {

using morgue::DateTime;
using morgue::DefaultOperator;

struct Case {
    std::string input;
    std::string expected;  // Xapian::Query::get_description()
};

struct BadCase {
    std::string input;
    std::string message;
    std::size_t position;
};

struct Fixture {
    morgue::Analyzer analyzer;
    morgue::QueryContext context{analyzer, {"english"}, DateTime{1987, 1, 1}, DateTime{1988, 6, 30}};

    std::string describe(const std::string& text, DefaultOperator op = DefaultOperator::All) const {
        return morgue::parse_query(text, context, op).query.get_description();
    }
};

void check_table(const Fixture& fixture, const std::vector<Case>& cases, DefaultOperator op) {
    for (const Case& c : cases) {
        INFO("query: ", c.input);
        CHECK(fixture.describe(c.input, op) == c.expected);
    }
}

// A plain word searches the article text: the body's terms (no prefix), which hold the headline's
// words too, so the headline's own terms (S prefix) are not part of it. The first argument is
// what the headline alone would be searched with, kept to show what is not asked.
std::string both(const std::string& /*headline*/, const std::string& body) {
    return "1 * " + body;
}
// An excluded word only filters: Xapian drops its weight factor.
std::string bare(const std::string& scaled) { return scaled.starts_with("1 * ") ? scaled.substr(4) : scaled; }
std::string word(const std::string& stem) {
    return both("S" + stem, stem);
}

}  // namespace

TEST_CASE("query_parser: words, phrases and operators") {
    const Fixture fixture;
    const std::string oil = word("oil"), gas = word("gas"), coal = word("coal"), price = word("price");
    check_table(fixture,
                {
                    {"oil", "Query(" + oil + ")"},
                    {"Oil prices", "Query((" + oil + " AND " + price + "))"},
                    {"\"oil prices\"", "Query(" + both("(Soil PHRASE 2 Sprice)", "(oil PHRASE 2 price)") + ")"},
                    {"oil AND gas", "Query((" + oil + " AND " + gas + "))"},
                    {"oil OR gas", "Query((" + oil + " OR " + gas + "))"},
                    {"oil NOT gas", "Query((" + oil + " AND_NOT " + bare(gas) + "))"},
                    {"oil AND NOT gas", "Query((" + oil + " AND_NOT " + bare(gas) + "))"},
                    {"oil -gas", "Query((" + oil + " AND_NOT " + bare(gas) + "))"},
                    {"oil (-gas)", "Query((" + oil + " AND_NOT " + bare(gas) + "))"},
                    {"-gas", "Query((<alldocuments> AND_NOT " + bare(gas) + "))"},
                    {"NOT gas", "Query((<alldocuments> AND_NOT " + bare(gas) + "))"},
                    {"-oil -gas", "Query((<alldocuments> AND_NOT (" + oil + " OR " + gas + ")))"},
                    {"-(-gas)", "Query(" + gas + ")"},
                    {"oil +gas", "Query((" + oil + " AND " + gas + "))"},
                    {"oil OR -gas", "Query((" + oil + " OR 0 * (<alldocuments> AND_NOT " + bare(gas) + ")))"},
                    {"oil NOT gas NOT coal", "Query(((" + oil + " AND_NOT " + bare(gas) + ") AND_NOT " + bare(coal) + "))"},
                    // Lowercase operators are words; control characters separate words like spaces.
                    {"and or not", "Query((" + word("and") + " AND " + word("or") + " AND " + word("not") + "))"},
                    {"oil\tgas\x01"
                     "coal",
                     "Query((" + oil + " AND " + gas + " AND " + coal + "))"},
                    {"oil\xC2\xA0gas", "Query((" + oil + " AND " + gas + "))"},
                    // Precedence: OR < AND < NOT, and parentheses.
                    {"oil OR gas prices", "Query((" + oil + " OR (" + gas + " AND " + price + ")))"},
                    {"oil gas OR coal", "Query(((" + oil + " AND " + gas + ") OR " + coal + "))"},
                    {"(oil OR gas) prices", "Query(((" + oil + " OR " + gas + ") AND " + price + "))"},
                    {"oil gas NOT coal", "Query((" + oil + " AND (" + gas + " AND_NOT " + bare(coal) + ")))"},
                    // Pure punctuation and empty groups or phrases are ignored.
                    {"oil !!! \"\" ()", "Query(" + oil + ")"},
                    {"- oil", "Query(" + oil + ")"},
                },
                DefaultOperator::All);
}

TEST_CASE("query_parser: NEAR") {
    const Fixture fixture;
    check_table(
        fixture,
        {
            {"oil NEAR gas", "Query(" + both("(Soil NEAR 11 Sgas)", "(oil NEAR 11 gas)") + ")"},
            {"oil NEAR/3 gas", "Query(" + both("(Soil NEAR 4 Sgas)", "(oil NEAR 4 gas)") + ")"},
            {"\"crude oil\" NEAR prices",
             "Query(" + both("(Scrude NEAR 12 Soil NEAR 12 Sprice)", "(crude NEAR 12 oil NEAR 12 price)") + ")"},
            {"oil NEAR gas NEAR/20 coal",
             "Query(" + both("(Soil NEAR 22 Sgas NEAR 22 Scoal)", "(oil NEAR 22 gas NEAR 22 coal)") + ")"},
            {"headline:oil NEAR headline:gas", "Query(3 * (Soil NEAR 11 Sgas))"},
            {"oil NEAR gas OR coal",
             "Query((" + both("(Soil NEAR 11 Sgas)", "(oil NEAR 11 gas)") + " OR " + word("coal") + "))"},
        },
        DefaultOperator::All);
}

TEST_CASE("query_parser: words the analyzer splits become phrases") {
    const Fixture fixture;
    check_table(fixture,
                {
                    {"e-mail", "Query(" + both("(Se PHRASE 2 Smail)", "(e PHRASE 2 mail)") + ")"},
                    // CJK: the phrase of overlapping character pairs; one character alone.
                    {"北京大学", "Query(" + both("(S北京 PHRASE 3 S京大 PHRASE 3 S大学)", "(北京 PHRASE 3 京大 PHRASE 3 大学)") + ")"},
                    {"北京", "Query(" + word("北京") + ")"},
                    {"桜", "Query(" + word("桜") + ")"},
                    // Digits before the colon, or // after it: not a field.
                    {"10:30", "Query(" + both("(S10 PHRASE 2 S30)", "(10 PHRASE 2 30)") + ")"},
                    {"http://x.com", "Query(" + both("(Shttp PHRASE 2 Sx.com)", "(http PHRASE 2 x.com)") + ")"},
                },
                DefaultOperator::All);
}

TEST_CASE("query_parser: fields") {
    const Fixture fixture;
    const std::string oil = word("oil");
    check_table(fixture,
                {
                    {"headline:oil", "Query(3 * Soil)"},
                    {"Headline:Oil", "Query(3 * Soil)"},
                    {"headline:\"oil prices\"", "Query(3 * (Soil PHRASE 2 Sprice))"},
                    {"headline:(oil OR gas)", "Query((3 * Soil OR 3 * Sgas))"},
                    {"headline:(oil body:gas)", "Query((3 * Soil AND 1 * gas))"},
                    {"body:oil", "Query(1 * oil)"},
                    {"byline:Smith", "Query(1 * Asmith)"},
                    // A two-word name is one word-pair term; longer ones check positions only
                    // where all their pairs occur.
                    {"byline:\"Hu Haiyan\"", "Query(1 * XAPhu haiyan)"},
                    {"byline:\"Mary Ann Evans\"",
                     "Query(1 * ((Amari PHRASE 3 Aann PHRASE 3 Aevan) FILTER (XAPmari ann AND XAPann evan)))"},
                    {"source:Reuters", "Query(1 * XSreuter)"},
                    {"dateline:Salvador", "Query(1 * XDsalvador)"},
                    {"section:business", "Query(1 * XCbusi)"},
                    {"headline:AND", "Query(3 * Sand)"},
                    {"topic:crude", "Query((<alldocuments> FILTER XTcrude))"},
                    {"topic:Crude oil", "Query((" + oil + " FILTER XTcrude))"},
                    {"topic:(crude OR grain)", "Query((<alldocuments> FILTER (XTcrude OR XTgrain)))"},
                    {"topic:\"Crude Oil\"", "Query((<alldocuments> FILTER XTcrude oil))"},
                    {"place:el-salvador", "Query((<alldocuments> FILTER XPel-salvador))"},
                    {"lang:English", "Query((<alldocuments> FILTER Lenglish))"},
                    {"lang:de", "Query((<alldocuments> FILTER Lgerman))"},
                    {"lang:GER", "Query((<alldocuments> FILTER Lgerman))"},
                    {"lang:zh-Hant", "Query((<alldocuments> FILTER Lchinese))"},
                    {"lang:klingon", "Query((<alldocuments> FILTER Lklingon))"},
                    {"id:AbC-123", "Query((<alldocuments> FILTER QAbC-123))"},
                    {"!!! topic:crude", "Query((<alldocuments> FILTER XTcrude))"},
                    {"oil -topic:crude", "Query((" + oil + " AND_NOT XTcrude))"},
                    {"topic:crude -oil", "Query((<alldocuments> FILTER (XTcrude AND_NOT " + bare(oil) + ")))"},
                    {"oil OR topic:crude", "Query((" + oil + " OR 0 * XTcrude))"},
                },
                DefaultOperator::All);
}

TEST_CASE("query_parser: dates") {
    const Fixture fixture;
    check_table(
        fixture,
        {
            {"date:1987-03-26", "Query((<alldocuments> FILTER 0 * D19870326))"},
            {"date:1987-03", "Query((<alldocuments> FILTER 0 * M198703))"},
            {"date:1987", "Query((<alldocuments> FILTER 0 * Y1987))"},
            {"date:1987-03-01..1987-03-03", "Query((<alldocuments> FILTER 0 * (D19870301 OR D19870302 OR D19870303)))"},
            {"date:1987-03..1987-04", "Query((<alldocuments> FILTER 0 * (M198703 OR M198704)))"},
            // Nothing is indexed after 1988-06-30 here: the year term covers 1988 in one.
            {"date:1987-11-30..1988", "Query((<alldocuments> FILTER 0 * (D19871130 OR M198712 OR Y1988)))"},
            // Open ends stop at the indexed dates (1987-01-01 to 1988-06-30 here).
            {"date:..1987-01-03", "Query((<alldocuments> FILTER 0 * (D19870101 OR D19870102 OR D19870103)))"},
            {"date:1988-06-29..", "Query((<alldocuments> FILTER 0 * (D19880629 OR D19880630)))"},
            {"date:1990", "Query()"},
            {"oil date:1987", "Query((" + word("oil") + " FILTER 0 * Y1987))"},
            {"oil OR date:1987", "Query((" + word("oil") + " OR 0 * Y1987))"},
        },
        DefaultOperator::All);
}

TEST_CASE("query_parser: wildcards") {
    const Fixture fixture;
    check_table(fixture,
                {
                    {"econom*", "Query(" + both("WILDCARD OR Seconom", "WILDCARD OR econom") + ")"},
                    {"Écon*", "Query(" + both("WILDCARD OR Sécon", "WILDCARD OR écon") + ")"},
                    {"headline:econom*", "Query(3 * WILDCARD OR Seconom)"},
                },
                DefaultOperator::All);
    // The expansion limit keeps the most frequent terms rather than failing.
    const auto parsed = morgue::parse_query("econom*", fixture.context);
    const Xapian::Query body = parsed.query.get_subquery(0);
    CHECK(body.get_type() == Xapian::Query::OP_WILDCARD);
    CHECK(parsed.highlight_stems.empty());
}

TEST_CASE("query_parser: with the database, wildcards expand to its terms, most frequent first") {
    morgue::testing::TempDatabase path;
    {
        morgue::Indexer indexer({.database = path.path()});
        const std::vector<std::string> bodies{"economy", "economy", "economy", "econometrics", "ecology"};
        for (std::size_t i = 0; i < bodies.size(); ++i) {
            morgue::Article a;
            a.id = std::to_string(i);
            a.body = bodies[i];
            indexer.add(a);
        }
        indexer.commit();
    }
    const Xapian::Database db(path.path());
    const morgue::Analyzer analyzer;
    const morgue::QueryContext context{analyzer, {"english"}, std::nullopt, std::nullopt, &db};
    // No headline holds such a word; the body's two expansions, the more frequent first.
    CHECK(morgue::parse_query("econom*", context).query.get_description() == "Query(1 * (economi OR econometr))");
    CHECK(morgue::parse_query("zebra*", context).query.get_description() == "Query()");
}

TEST_CASE("query_parser: the wildcards of one query share one expansion budget, and too many are refused") {
    morgue::testing::TempDatabase path;
    {
        morgue::Indexer indexer({.database = path.path()});
        morgue::Article a;
        a.id = "many words";
        for (int i = 0; i < 600; ++i) a.body += " zq" + std::to_string(1000 + i) + " zr" + std::to_string(1000 + i);
        indexer.add(a);
        indexer.commit();
    }
    const Xapian::Database db(path.path());
    const morgue::Analyzer analyzer;
    const morgue::QueryContext context{analyzer, {"english"}, std::nullopt, std::nullopt, &db};
    auto term_count = [&](const std::string& text) {
        const Xapian::Query query = morgue::parse_query(text, context).query;
        return static_cast<std::size_t>(std::distance(query.get_unique_terms_begin(), query.get_unique_terms_end()));
    };
    CHECK(term_count("zq*") == morgue::kWildcardExpansions);
    CHECK(term_count("zq* zr*") == morgue::kWildcardExpansions);  // 250 each, not 500 each
    // 125 each; every word here starts with zq1 or zr1, so zq1* repeats zq*'s 125 (ties in term order).
    CHECK(term_count("zq* OR zr* OR zq1* OR zr1*") == morgue::kWildcardExpansions / 2);

    std::string many;
    for (std::size_t i = 0; i < morgue::kMaxQueryWildcards; ++i) many += "zq" + std::to_string(i) + "* ";
    CHECK_NOTHROW(morgue::parse_query(many, context));
    const std::string too_many = many + "zr*";
    CHECK_THROWS_AS(morgue::parse_query(too_many, context), morgue::QueryError);
    try {
        morgue::parse_query(too_many, context);
    } catch (const morgue::QueryError& e) {
        CHECK(std::string(e.what()).starts_with("query has too many wildcards (the limit is 20)"));
        CHECK(e.position() == many.size());
    }
}

TEST_CASE("query_parser: DefaultOperator::Any") {
    const Fixture fixture;
    const std::string oil = word("oil"), gas = word("gas"), coal = word("coal");
    check_table(fixture,
                {
                    {"oil gas", "Query((" + oil + " OR " + gas + "))"},
                    {"+oil gas", "Query((" + oil + " AND_MAYBE " + gas + "))"},
                    {"oil gas -coal", "Query(((" + oil + " OR " + gas + ") AND_NOT " + bare(coal) + "))"},
                    {"oil gas AND coal", "Query((" + oil + " OR (" + gas + " AND " + coal + ")))"},
                    // Filters restrict even when words are optional.
                    {"oil gas topic:crude", "Query(((" + oil + " OR " + gas + ") FILTER XTcrude))"},
                    {"oil gas date:1987-03", "Query(((" + oil + " OR " + gas + ") FILTER 0 * M198703))"},
                },
                DefaultOperator::Any);
}

TEST_CASE("query_parser: every stemming language of the index is searched") {
    const morgue::Analyzer analyzer;
    const morgue::QueryContext context{analyzer, {"english", "french"}, std::nullopt, std::nullopt};
    const auto word_query = morgue::parse_query("running", context);
    CHECK(word_query.query.get_description() ==
          "Query(" + both("(Srun OR Srunning)", "(run OR running)") + ")");
    CHECK(word_query.highlight_stems == std::set<std::string>{"run", "running"});
    // Words stemming alike in both languages stay one term.
    CHECK(morgue::parse_query("cats", context).query.get_description() == "Query(" + word("cat") + ")");
    CHECK(morgue::parse_query("\"running prices\"", context).query.get_description() ==
          "Query(" +
              both("((Srun OR Srunning) PHRASE 2 (Sprice OR Spric))", "((run OR running) PHRASE 2 (price OR pric))") +
              ")");
    // Without indexed dates, an open range has nothing to match.
    CHECK(morgue::parse_query("date:1987..", context).query.get_description() == "Query()");
    CHECK(morgue::parse_query("date:1987-03-02", context).query.get_description() ==
          "Query((<alldocuments> FILTER 0 * D19870302))");
}

TEST_CASE("query_parser: highlight stems are the positive headline and body words") {
    const Fixture fixture;
    const auto parsed = morgue::parse_query(
        "Oil \"crude prices\" -gas NOT coal byline:smith headline:rates topic:grain -(-wheat)", fixture.context);
    CHECK(parsed.highlight_stems == std::set<std::string>{"oil", "crude", "price", "rate", "wheat"});
}

TEST_CASE("query_parser: malformed queries are refused with the place of the problem") {
    const Fixture fixture;
    const std::vector<BadCase> cases{
        {"\"oil prices", "unterminated phrase: missing closing \"", 0},
        {"oil \"prices", "unterminated phrase: missing closing \"", 4},
        {"(oil OR gas", "unbalanced parentheses: '(' is never closed", 0},
        {"oil OR gas)", "unbalanced parentheses: ')' has no matching '('", 10},
        {"AND oil", "AND at the start of the query has nothing before it", 0},
        {"oil OR OR gas", "OR followed by OR: a word is missing between them", 7},
        {"oil NOT", "NOT at the end of the query has nothing after it", 4},
        {"NOT", "NOT at the end of the query has nothing after it", 0},
        {"oil NEAR", "NEAR at the end of the query has nothing after it", 4},
        {"(AND oil)", "AND after '(' has nothing before it", 1},
        {"oil AND (gas OR)", "OR has nothing after it before ')'", 13},
        {"headline:", "field 'headline' needs a value", 0},
        {"oil headline: gas", "field 'headline' needs a value", 4},
        {"headline:\"\"", "field 'headline' needs a value", 0},
        {"headline:()", "field 'headline' needs a value", 0},
        {"foo:bar",
         "unknown field 'foo' (known fields: id, headline, byline, source, date, dateline, section, body, topic, "
         "place, lang)",
         0},
        {"date:2010-13-45", "date '2010-13-45' does not exist", 5},
        {"date:1987-02-30", "date '1987-02-30' does not exist", 5},
        {"date:yesterday", "'yesterday' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)", 5},
        {"date:1988..1987", "date range '1988..1987' ends before it starts", 5},
        {"date:1987-03-02..1987-03-01", "date range '1987-03-02..1987-03-01' ends before it starts", 5},
        {"date:1987..1988-02-30", "date '1988-02-30' does not exist", 11},
        {"date:..", "date range '..' needs a first or a last date", 5},
        {"oil NEAR/0 gas", "'NEAR/0': NEAR/ needs a number of words from 1 to 1000, e.g. NEAR/5", 4},
        {"-oil NEAR gas", "NEAR needs a word or a phrase on each side", 5},
        {"topic:crude NEAR oil", "NEAR needs a word or a phrase on each side", 12},
        {"headline:oil NEAR gas", "NEAR needs words of the same fields on both sides", 13},
        {"econ-om*", "a wildcard * can only end a single word, not 'econ-om*'", 0},
        {"oil \xFF gas", "query is not valid UTF-8", 4},
        {"oil \xE5\x8C gas", "query is not valid UTF-8", 4},
        {"", "query has no searchable words", 0},
        {"!!! *", "query has no searchable words", 0},
        {std::string(10001, 'a'), "query is too long (10001 bytes; the limit is 10000)", 10000},
    };
    for (const BadCase& c : cases) {
        INFO("query: ", c.input);
        try {
            (void)morgue::parse_query(c.input, fixture.context);
            FAIL("no error");
        } catch (const morgue::QueryError& error) {
            CHECK(std::string(error.what()) == c.message + " (at character " + std::to_string(c.position + 1) + ")");
            CHECK(error.position() == c.position);
        }
    }
}

TEST_CASE("query_parser: a query may hold up to 1000 terms") {
    const Fixture fixture;
    std::string query;
    for (int i = 0; i < 1000; ++i) query += "w ";
    CHECK_NOTHROW((void)morgue::parse_query(query, fixture.context, DefaultOperator::Any));
    query += "x";
    try {
        (void)morgue::parse_query(query, fixture.context, DefaultOperator::Any);
        FAIL("no error");
    } catch (const morgue::QueryError& error) {
        CHECK(std::string(error.what()) == "query has too many terms (the limit is 1000) (at character 2001)");
    }
}

namespace {

struct TestArticle {
    std::string headline;
    std::string body;
    DateTime date;
    std::string language;
    std::string topic;
};

// Indexes articles the way the indexer does: stemmed text terms with word positions for headline and
// body, day/month/year terms for the date, a keyword term for the topic. Document ids are 1, 2, ...
class Archive {
public:
    explicit Archive(const std::vector<TestArticle>& articles) {
        for (const TestArticle& article : articles) db_.add_document(document(article));
    }

    std::set<Xapian::docid> search(const std::string& text, const morgue::QueryContext& context,
                                   DefaultOperator op = DefaultOperator::All) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(morgue::parse_query(text, context, op).query);
        std::set<Xapian::docid> found;
        const Xapian::MSet matches = enquire.get_mset(0, db_.get_doccount());
        for (auto it = matches.begin(); it != matches.end(); ++it) found.insert(*it);
        return found;
    }

    const morgue::Analyzer& analyzer() const { return analyzer_; }

private:
    Xapian::Document document(const TestArticle& article) const {
        Xapian::Document doc;
        add_text(doc, morgue::field_spec(morgue::FieldId::Headline), article.headline, article.language);
        add_text(doc, morgue::field_spec(morgue::FieldId::Body), article.body, article.language);
        doc.add_boolean_term(morgue::day_term(article.date));
        doc.add_boolean_term(morgue::month_term(article.date.year, article.date.month));
        doc.add_boolean_term(morgue::year_term(article.date.year));
        if (!article.topic.empty()) {
            doc.add_boolean_term(morgue::keyword_term(morgue::field_spec(morgue::FieldId::Topic), article.topic));
        }
        return doc;
    }

    void add_text(Xapian::Document& doc, const morgue::FieldSpec& field, const std::string& text,
                  const std::string& language) const {
        analyzer_.for_each_word(text, [&](const morgue::Token& token) {
            doc.add_posting(morgue::text_term(field, analyzer_.stem(token.word, language)), token.position + 1);
        });
    }

    morgue::Analyzer analyzer_;
    Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
};

const std::vector<TestArticle> kArticles{
    {"Oil prices rise",
     "Crude oil prices rose sharply in March after OPEC cut output.",
     {1987, 3, 5},
     "english",
     "crude"},
    {"Prices of oil fall", "The price of oil fell as wheat exports grew.", {1987, 4, 20}, "english", "grain"},
    {"北京大学的学生", "北京大学的学生参加了会议。", {1988, 1, 10}, "none", ""},
    {"Переговоры", "Переговоры в Москве продолжаются.", {1988, 2, 1}, "russian", ""},
    {"Économie française", "La croissance économique ralentit en été.", {1987, 12, 31}, "french", ""},
    {"Central bank",
     "The central bank said on Tuesday that interest rates would stay unchanged.",
     {1987, 6, 15},
     "english",
     ""},
};

using Found = std::set<Xapian::docid>;

}  // namespace

TEST_CASE("query_parser: queries find exactly the expected articles") {
    const Archive archive(kArticles);
    const morgue::QueryContext english{archive.analyzer(), {"english"}, DateTime{1987, 3, 5}, DateTime{1988, 2, 1}};
    const std::vector<std::pair<std::string, Found>> cases{
        {"oil", {1, 2}},
        {"oil prices", {1, 2}},
        {"\"oil prices\"", {1}},
        {"\"prices oil\"", {}},
        {"\"price of oil\"", {2}},
        {"oil OR bank", {1, 2, 6}},
        {"oil AND crude", {1}},
        {"oil NOT crude", {2}},
        {"oil -crude", {2}},
        {"NOT oil", {3, 4, 5, 6}},
        {"bank NEAR rates", {6}},
        {"rates NEAR bank", {6}},
        {"bank NEAR/6 rates", {6}},
        {"bank NEAR/5 rates", {}},
        {"crude", {1}},
        {"headline:crude", {}},
        {"body:crude", {1}},
        {"headline:\"prices of oil\"", {2}},
        {"pric*", {1, 2}},
        {"topic:crude", {1}},
        {"topic:Grain oil", {2}},
        {"oil -topic:crude", {2}},
        {"date:1987", {1, 2, 5, 6}},
        {"date:1987-03..1987-04", {1, 2}},
        {"date:1987-03-05..1987-04-19", {1}},
        {"date:1988-01-10", {3}},
        {"date:..1987-06-30", {1, 2, 6}},
        {"date:1987-12-31..", {3, 4, 5}},
        {"oil date:1987-04", {2}},
        {"北京大学", {3}},
        {"大学", {3}},
    };
    for (const auto& [query, expected] : cases) {
        INFO("query: ", query);
        CHECK(archive.search(query, english) == expected);
    }
    CHECK(archive.search("oil bank", english, DefaultOperator::Any) == Found{1, 2, 6});
    CHECK(archive.search("oil bank", english, DefaultOperator::All) == Found{});
    CHECK(archive.search("+oil bank date:1987-03", english, DefaultOperator::Any) == Found{1});
}

TEST_CASE("query_parser: words are stemmed in every language of the index") {
    const Archive archive(kArticles);
    const morgue::QueryContext russian{
        archive.analyzer(), {"english", "russian"}, DateTime{1987, 3, 5}, DateTime{1988, 2, 1}};
    CHECK(archive.search("Москва", russian) == Found{4});
    const morgue::QueryContext english_only{
        archive.analyzer(), {"english"}, DateTime{1987, 3, 5}, DateTime{1988, 2, 1}};
    CHECK(archive.search("Москва", english_only) == Found{});

    const morgue::QueryContext french{
        archive.analyzer(), {"english", "french"}, DateTime{1987, 3, 5}, DateTime{1988, 2, 1}};
    CHECK(archive.search("ÉCONOMIE", french) == Found{5});
    CHECK(archive.search("\"croissance économiques\"", french) == Found{5});
    CHECK(archive.search("été", french) == Found{5});
    // And the English articles are still found through their English stems.
    CHECK(archive.search("\"oil prices\"", french) == Found{1});
}
