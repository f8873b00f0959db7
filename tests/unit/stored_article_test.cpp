#include <morgue/error.hpp>
#include <morgue/stored_article.hpp>

#include <doctest/doctest.h>

namespace morgue {

TEST_CASE("stored_article: every field survives the round trip") {
    Article a;
    a.id = "000_90694cc2083bf9fd";
    a.headline = "Beijing, Moscow vow to safeguard common interests";
    a.byline = {"Cai Xiao", "Hu Haiyan"};
    a.source = "China Daily";
    a.date = DateTime{2010, 3, 26, 7, 43, 0, true};
    a.dateline = "BEIJING";
    a.section = "Global General";
    a.body = "China and Russia on Wednesday vowed…\n\nBelarus is dedicated to strengthening ties with China, he added.";
    a.topics = {"diplomacy"};
    a.places = {"china", "russia"};
    a.language = "english";
    CHECK(decode_stored_article(encode_stored_article(a)) == a);

    Article minimal;
    minimal.id = "1";
    minimal.date = DateTime{1987, 2, 26};
    CHECK(decode_stored_article(encode_stored_article(minimal)) == minimal);
    minimal.date.reset();
    CHECK(decode_stored_article(encode_stored_article(minimal)) == minimal);
}

TEST_CASE("stored_article: data that is not a stored article is an error, not a crash") {
    CHECK_THROWS_AS(decode_stored_article("not zstd"), Error);
    std::string data = encode_stored_article(Article{.id = "1", .body = std::string(1000, 'x')});
    data.resize(data.size() / 2);
    CHECK_THROWS_AS(decode_stored_article(data), Error);
}

}  // namespace morgue
