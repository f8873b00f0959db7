#include <morgue/error.hpp>
#include <morgue/stored_article.hpp>

#include <doctest/doctest.h>
#include <zstd.h>

#include <string>

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

namespace {

// A zstd frame around raw MessagePack bytes, as the document data holds it.
std::string framed(const std::string& packed) {
    std::string out(ZSTD_compressBound(packed.size()), '\0');
    out.resize(ZSTD_compress(out.data(), out.size(), packed.data(), packed.size(), 1));
    return out;
}

}  // namespace

TEST_CASE("stored_article: MessagePack that is not an article map is an error; unknown parts are skipped") {
    using namespace std::string_literals;
    CHECK_THROWS_AS(decode_stored_article(framed("\x91\xa1x"s)), Error);          // an array
    CHECK_THROWS_AS(decode_stored_article(framed("\x81"s)), Error);                // a truncated map
    CHECK_THROWS_AS(decode_stored_article(framed("\x81\x01\xa1x"s)), Error);     // a number as key
    CHECK_THROWS_AS(decode_stored_article(framed("\x80\x00"s)), Error);           // bytes after the map
    CHECK_THROWS_AS(decode_stored_article(framed(""s)), Error);
    // {"id": "1", "extra": 5, "topics": [1, "a"], "body": null}
    const Article read = decode_stored_article(framed("\x84\xa2id\xa1\x31\xa5\x65xtra\x05\xa6topics\x92\x01\xa1\x61\xa4\x62ody\xc0"s));
    CHECK(read.id == "1");
    CHECK(read.topics == std::vector<std::string>{"a"});
    CHECK(read.body.empty());
}

}  // namespace morgue
