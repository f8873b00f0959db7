// Pseudo-relevance feedback: the words the best matches share join the query, rarest first.
#include "query_expansion.hpp"

#include <morgue/terms.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

namespace morgue {
namespace {

Xapian::WritableDatabase archive(const std::vector<std::vector<std::string>>& articles) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& words : articles) {
        Xapian::Document doc;
        for (const auto& word : words) doc.add_term(word);
        db.add_document(doc);
    }
    return db;
}

std::vector<std::string> terms_of(const std::vector<ExpansionWord>& words) {
    std::vector<std::string> terms;
    for (const auto& word : words) terms.push_back(word.term);
    return terms;
}

}  // namespace

TEST_CASE("query expansion: words shared by the best matches, not the query's, not rare to one article") {
    std::vector<std::vector<std::string>> articles = {
        {"oil", "opec", "barrel", "output", "Tcrude", "saudi"},
        {"oil", "opec", "barrel", "quota"},
        {"oil", "opec", "output", "Tcrude"},
    };
    for (int i = 0; i < 20; ++i) articles.push_back({"output", "wheat", "grain"});  // "output" is common
    const Xapian::WritableDatabase db = archive(articles);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("oil"));
    const Xapian::MSet feedback = enquire.get_mset(0, kFeedbackArticles);
    REQUIRE(feedback.size() == 3);

    const auto words = expansion_words(db, feedback, {"oil"});
    // opec (3 of 3, rare) first, then barrel (2 of 3); output is in 2 of 3 but in most of the
    // archive; saudi and quota stand in one article only; Tcrude is a topic term, not text.
    CHECK(terms_of(words) == std::vector<std::string>{"opec", "barrel", "output"});
    CHECK(words.front().weight == doctest::Approx(kExpansionWeight));
    CHECK(words[1].weight < words.front().weight);
    CHECK(words[2].weight < words[1].weight);
}

TEST_CASE("query expansion: the added words may match (OR) or only re-rank (AND_MAYBE)") {
    const Xapian::WritableDatabase db = archive({{"oil", "opec"}, {"opec", "cartel"}, {"wheat"}});
    const std::vector<ExpansionWord> words = {{"opec", 0.3}};
    Xapian::Enquire enquire(db);
    enquire.set_query(expanded_query(Xapian::Query("oil"), words, Xapian::Query::OP_OR));
    CHECK(enquire.get_mset(0, 10).size() == 2);  // the cartel article joins
    enquire.set_query(expanded_query(Xapian::Query("oil"), words, Xapian::Query::OP_AND_MAYBE));
    CHECK(enquire.get_mset(0, 10).size() == 1);
    CHECK(expanded_query(Xapian::Query("oil"), {}, Xapian::Query::OP_OR).get_description() ==
          Xapian::Query("oil").get_description());
}

}  // namespace morgue
