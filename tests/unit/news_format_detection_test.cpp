#include <morgue/input_format.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace morgue {

TEST_CASE("detection: feeds, NITF and NewsML-G2 by their root element") {
    CHECK(detect_input_format("x.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>") == InputFormat::Feed);
    CHECK(detect_input_format("x", "\xEF\xBB\xBF<!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">") == InputFormat::Feed);
    CHECK(detect_input_format("x", "<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">") == InputFormat::Feed);
    CHECK(detect_input_format("x", "<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"nitf.dtd\" [ <!ENTITY a \"b\"> ]>\n<nitf>") ==
          InputFormat::Nitf);
    CHECK(detect_input_format("x", "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\">") == InputFormat::Nitf);
    CHECK(detect_input_format("x", "<newsMessage>") == InputFormat::Nitf);
    CHECK(input_format_name(InputFormat::Feed) == "feed");
}

TEST_CASE("detection: a feed-like name that is not the root is not a feed") {
    CHECK(detect_input_format("a.jsonl", "{\"body\": \"<rss> and <nitf> in text\"}") == InputFormat::JsonLines);
    CHECK(detect_input_format("a.xml", "<feed><entry/></feed>") != InputFormat::Feed);  // Atom needs its namespace
    CHECK(detect_input_format("a.sgml", "<DOC>\n<DOCNO>1</DOCNO>\n<rss>") == InputFormat::TrecSgml);
}

TEST_CASE("detection: CSV and TSV by extension and a header that maps") {
    CHECK(detect_input_format("news.csv", "id,title,text\n1,a,b\n") == InputFormat::Csv);
    CHECK(detect_input_format("news.tsv", "Headline\tStory\n") == InputFormat::Csv);
    CHECK(detect_input_format("SHA256SUMS.csv", "hash,file\n") != InputFormat::Csv);
    CHECK(detect_input_format("news.txt", "title,text\n") != InputFormat::Csv);
    CHECK(parse_input_format("csv") == InputFormat::Csv);
    CHECK(parse_input_format("nitf") == InputFormat::Nitf);
}

TEST_CASE("input formats: every listed name parses back to its format, auto first") {
    const std::vector<std::string> names = input_format_names();
    REQUIRE(names.size() == 11);
    CHECK(names.front() == "auto");
    for (const std::string& name : names) CHECK(input_format_name(parse_input_format(name)) == name);
    CHECK_THROWS_WITH(parse_input_format("sgml"), doctest::Contains("(formats: auto, reuters, trec"));
}

}  // namespace morgue
