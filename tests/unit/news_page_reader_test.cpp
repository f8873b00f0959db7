#include "readers/news_page_reader.hpp"

#include "read_result.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace morgue::readers {
namespace {

ReadResult read(std::string path, std::string text) {
    return read_with(read_news_page, SourceText{std::move(path), std::move(text)});
}

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

DateTime day(int year, int month, int day_of_month) { return DateTime{year, month, day_of_month, 0, 0, 0, false}; }
DateTime at(int year, int month, int day_of_month, int hour, int minute) {
    return DateTime{year, month, day_of_month, hour, minute, 0, true};
}

struct SamplePage {
    std::string file;
    std::string section;
    std::string headline;
    std::vector<std::string> byline;
    std::string source;
    std::optional<DateTime> date;
    std::string dateline;
    std::string body_start;
    std::string body_end;
    std::vector<std::string> absent;  // page furniture that must not reach the body
};

const std::vector<SamplePage>& sample_pages() {
    static const std::vector<SamplePage> pages = {
        {"01_section_two_authors_related.txt", "Business", "Shanghai port volumes climb as exporters rush orders",
         {"Laura Chen", "Omar Haddad"}, "Global Times", day(2011, 4, 18), "SHANGHAI",
         "Container traffic through Shanghai's Yangshan terminal rose 14 percent",
         "The port expects full-year volumes to grow by about 9 percent.",
         {"Print", "Related stories", "Freight rates expected", "Yangshan terminal adds", "labor shortages"}},
        {"02_no_section_reuters_gmt.txt", "", "Cocoa prices slip as Ivory Coast rains ease supply fears", {"Peter Vance"},
         "Reuters", at(2010, 3, 26, 7, 43), "LONDON", "Cocoa futures fell for a third straight session on Friday",
         "\"The weather has turned in favour of the crop and the funds are taking money off the table,\" one London dealer said.",
         {"(Reuters)", "GMT"}},
        {"03_ap_caps_byline_emdash_caption.txt", "U.S. News", "City council approves late-night subway service",
         {"Margaret O'Neill"}, "Associated Press", at(2009, 11, 2, 18, 5), "NEW YORK",
         "The City Council voted 38-9 on Monday to fund round-the-clock service",
         "Service on the first two lines is expected to begin in March.",
         {"Large Medium Small", "(Photo:", "Atlantic Avenue station", "\xE2\x80\x94"}},
        {"04_no_byline_agency_in_dateline.txt", "Sports", "Madrid marathon moves to autumn to avoid heat", {}, "AFP",
         day(2011, 6, 14), "MADRID", "Organisers of the Madrid marathon said on Tuesday",
         "would also allow more amateur runners to take part.", {"Date:", "(AFP)"}},
        {"05_no_date_no_dateline.txt", "", "Village school reopens with solar roof", {"Sunita Rao"}, "", std::nullopt, "",
         "The primary school in Kothapalli reopened on Monday",
         "which should keep children in school through the hot months.", {"By Sunita"}},
        {"06_section_no_byline_no_date.txt", "Science", "Amateur astronomers spot new comet", {}, "", std::nullopt, "",
         "A pair of amateur astronomers in New Zealand have discovered a comet",
         "in keeping with the tradition for comets found by amateurs.", {"Science"}},
        {"07_headline_only_dash_dateline.txt", "", "Nile ferry service restored after bridge repairs", {}, "", std::nullopt,
         "CAIRO", "Ferry crossings between the two banks of the Nile at Giza resumed on Sunday",
         "inspect all river landing stages in the province before the summer.", {"--", "repairs\n"}},
        {"08_crlf_afp_widgets.txt", "Europe", "French farmers block roads over milk prices", {"Jean Dupont"}, "AFP",
         day(2012, 7, 1), "RENNES", "Hundreds of dairy farmers drove tractors onto the main roads around Rennes",
         "Talks between farmers' unions and retailers are due to resume on Wednesday in Paris.",
         {"\r", "Font size", "Comments", "Share", "France -"}},
        {"09_xinhua_writers_photo.txt", "World", "US lawmakers debate clean energy bill", {"Wang Lei", "Zhou Min"}, "Xinhua",
         at(2010, 3, 27, 10, 15), "WASHINGTON", "US senators on Friday began debating a bill",
         "A final vote is not expected before May, Senate aides said.",
         {"[Photo/Xinhua]", "Wind turbines", "clean energy bill", "(Xinhua) --"}},
        {"10_three_staff_reporters_related_blocks.txt", "Environment", "Baltic seal numbers recover to pre-war levels",
         {"Anna Berg", "Tomas Lind", "Eva Holm"}, "", day(2015, 9, 8), "STOCKHOLM",
         "The number of grey seals in the Baltic Sea has returned to levels last seen in the 1930s",
         "Fishermen in the northern Baltic say the seals now take a growing share of their catch.",
         {"Related", "seal hunting quota", "Gulf of Bothnia", "pre-war levels"}},
        {"11_byline_and_date_one_line_source.txt", "", "Cocoa farmers get new price guarantee", {"Kofi Mensah"},
         "Daily Graphic", at(2014, 2, 20, 9, 30), "", "The government will guarantee cocoa farmers a minimum price",
         "had already sold their beans to smugglers.", {"Source:", "Published"}},
        {"12_wrapped_paragraphs_widget_lines.txt", "Technology", "Startup builds phone for rural clinics",
         {"Ruth Klein", "Daniel McAllister"}, "Bloomberg News", at(2010, 3, 25, 23, 43), "NAIROBI",
         "A Kenyan startup has begun selling a rugged phone that stores patient records offline",
         "than the tablets donated by aid groups.", {"E-mail", "Comments", "phone that\n"}},
        {"13_unicode_names_caps_place.txt", "Am\xC3\xA9rica Latina", "Coffee harvest in Minas Gerais beats forecasts",
         {"Jos\xC3\xA9 \xC3\x81lvarez"}, "EFE", day(2008, 5, 12), "S\xC3\x83O PAULO",
         "Brazil's largest coffee-growing state will harvest about 25 million bags",
         "through the port of Santos to rise in the second half of the year.", {"12 May 2008"}},
        {"14_no_trailing_newline_guest_writer.txt", "Opinion", "Why small towns need their newspapers", {"Harriet Cole"},
         "The Guardian", day(2016, 3, 3), "", "When a town loses its newspaper, it loses more than a source of local news.",
         "towns that value their papers will have to find new ways to pay for them.", {"for The Guardian"}},
    };
    return pages;
}

}  // namespace

TEST_CASE("news_page: the shared China Daily page") {
    const std::filesystem::path path =
        std::filesystem::path(MORGUE_SHARED_CORPORA) / "web-scrape" / "000_90694cc2083bf9fd.txt";
    if (!std::filesystem::exists(path)) {
        MESSAGE("skipped: " << path.string() << " is absent");
        return;
    }
    const ReadResult result = read(path.string(), file_text(path));
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    const Article& article = result.articles[0];
    CHECK(result.lines[0] == 1);
    CHECK(article.id == path.filename().string());
    CHECK(article.section == "Global General");
    CHECK(article.headline == "Beijing, Moscow vow to safeguard common interests");
    CHECK(article.byline == std::vector<std::string>{"Cai Xiao", "Hu Haiyan"});
    CHECK(article.source == "China Daily");
    CHECK(article.date == at(2010, 3, 26, 7, 43));
    CHECK(article.dateline == "BEIJING");
    CHECK(article.body.starts_with("China and Russia on Wednesday vowed to strengthen cooperation"));
    CHECK(article.body.ends_with("Belarus is dedicated to strengthening ties with China, he added."));
    CHECK(article.body.find("Xi Jinping said China is willing to enhance mutual political trust") != std::string::npos);
    CHECK(article.body.find("\n\nThe neighbors should step up coordination on global and regional affairs") != std::string::npos);
    for (const char* furniture : {"Large Medium Small", "Related readings", "Russia, China need to get better acquainted",
                                  "[Agencies]", "Barvikha", "Beijing, Moscow vow", "BEIJING -"}) {
        CAPTURE(furniture);
        CHECK(article.body.find(furniture) == std::string::npos);
    }
    CHECK(article.body.find("\n\n\n") == std::string::npos);
}

TEST_CASE("news_page: the project's sample pages") {
    const std::filesystem::path directory = std::filesystem::path(MORGUE_SOURCE_DIR) / "corpora" / "news-pages";
    for (const SamplePage& page : sample_pages()) {
        CAPTURE(page.file);
        const std::filesystem::path path = directory / page.file;
        REQUIRE(std::filesystem::exists(path));
        const ReadResult result = read(path.string(), file_text(path));
        CHECK(result.problems.empty());
        REQUIRE(result.articles.size() == 1);
        const Article& article = result.articles[0];
        CHECK(article.id == path.filename().string());
        CHECK(article.section == page.section);
        CHECK(article.headline == page.headline);
        CHECK(article.byline == page.byline);
        CHECK(article.source == page.source);
        CHECK(article.date == page.date);
        CHECK(article.dateline == page.dateline);
        CHECK(article.body.starts_with(page.body_start));
        CHECK(article.body.ends_with(page.body_end));
        for (const std::string& furniture : page.absent) {
            CAPTURE(furniture);
            CHECK(article.body.find(furniture) == std::string::npos);
        }
    }
}

TEST_CASE("news_page: an empty file or one of blank lines is a problem, not an article") {
    for (const std::string text : {"", "\n\n   \r\n\t\n\xC2\xA0\n", "\xEF\xBB\xBF"}) {
        CAPTURE(text);
        const ReadResult result = read("pages/empty.txt", text);
        CHECK(result.articles.empty());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].path == "pages/empty.txt");
        CHECK(result.problems[0].severity == ReadProblem::Severity::FileSkipped);
        CHECK(result.problems[0].reason == "the news page has no text");
    }
}

TEST_CASE("news_page: a page of nothing but widgets is a problem") {
    const ReadResult result = read("w.txt", "\n\nPrint | E-mail | Share\n\nLarge Medium Small\n");
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].byte_offset == 2);
    CHECK(result.problems[0].reason == "no headline or article text found in the news page");
}

TEST_CASE("news_page: without an id base from the run, the id is the file name, without a compression suffix") {
    const std::string page = "Headline\n\nBody text.\n";
    CHECK(read("/archive/2010/page-17.txt", page).articles.at(0).id == "page-17.txt");
    CHECK(read("archive/page-17.txt.gz", page).articles.at(0).id == "page-17.txt");
    CHECK(read("page-17", page).articles.at(0).id == "page-17");
}

TEST_CASE("news_page: the id is the id base the run set, so same-named pages in two folders differ") {
    const std::string page = "Headline\n\nBody text.\n";
    auto read_as = [&](std::string id_base) {
        return read_with(read_news_page, SourceText{"archive/sport/001.txt", page, std::move(id_base)}).articles.at(0).id;
    };
    CHECK(read_as("archive/sport/001.txt") == "archive/sport/001.txt");
    CHECK(read_as("archive/business/001.txt") == "archive/business/001.txt");
}

TEST_CASE("news_page: an unreadable labelled date is reported and the article still read") {
    const std::string page = "Headline here\n\nBy Ann Lee\nUpdated: sometime last week\n\nThe body.\n";
    const ReadResult result = read("d.txt", page);
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].headline == "Headline here");
    CHECK(result.articles[0].byline == std::vector<std::string>{"Ann Lee"});
    CHECK_FALSE(result.articles[0].date.has_value());
    CHECK(result.articles[0].body == "The body.");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 4);
    CHECK(result.problems[0].byte_offset == page.find("Updated"));
    CHECK(result.problems[0].severity == ReadProblem::Severity::Repaired);
    CHECK(result.problems[0].reason == "cannot read the date in 'Updated: sometime last week'");
}

TEST_CASE("news_page: sentences that merely contain a dash or start with By are body text") {
    const std::string page =
        "Trade talks resume\n\n"
        "China - the world's largest exporter - said on Monday talks would resume.\n\n"
        "By noon the delegations had arrived.\n";
    const ReadResult result = read("s.txt", page);
    REQUIRE(result.articles.size() == 1);
    const Article& article = result.articles[0];
    CHECK(article.headline == "Trade talks resume");
    CHECK(article.dateline.empty());
    CHECK(article.byline.empty());
    CHECK(article.body ==
          "China - the world's largest exporter - said on Monday talks would resume.\n\nBy noon the delegations had arrived.");
}

TEST_CASE("news_page: byline, date and headline in one block without blank lines") {
    const std::string page =
        "Floods close mountain roads\nBy KARL WEBER, dpa\nMarch 26, 2010\nPrint\n"
        "INNSBRUCK, Austria - Heavy rain closed three mountain passes.\n"
        "Rescue teams were on standby.\n";
    const ReadResult result = read("b.txt", page);
    REQUIRE(result.articles.size() == 1);
    const Article& article = result.articles[0];
    CHECK(article.section.empty());
    CHECK(article.headline == "Floods close mountain roads");
    CHECK(article.byline == std::vector<std::string>{"Karl Weber"});
    CHECK(article.source == "dpa");
    CHECK(article.date == day(2010, 3, 26));
    CHECK(article.dateline == "INNSBRUCK");
    CHECK(article.body == "Heavy rain closed three mountain passes. Rescue teams were on standby.");
}

TEST_CASE("news_page: a page saved on one line is cut into blocks and its furniture dropped") {
    const std::string page =
        "Start  Local  Politics  Sport  Log in  Ferry strike strands island visitors  By Mona Berg  "
        "Published: 2 August 2019  Share  Print  OSLO (NTB) - Hundreds of tourists were stranded on the islands "
        "of the Oslofjord on Friday after ferry crews walked out over a dispute about shift lengths.  The operator "
        "said it hoped to restore a limited service by the evening, and that it would refund all tickets.  "
        "Most popular  Heat record broken in Bergen  Cookie settings  \xC2\xA9 2019 Fjord Times\n";
    const ReadResult result = read("f.txt", page);
    REQUIRE(result.articles.size() == 1);
    CHECK(result.problems.empty());
    const Article& article = result.articles[0];
    CHECK(article.headline == "Ferry strike strands island visitors");
    CHECK(article.byline == std::vector<std::string>{"Mona Berg"});
    CHECK(article.date == day(2019, 8, 2));
    CHECK(article.dateline == "OSLO");
    CHECK(article.source == "NTB");
    CHECK(article.body ==
          "Hundreds of tourists were stranded on the islands of the Oslofjord on Friday after ferry crews walked out "
          "over a dispute about shift lengths.\n\nThe operator said it hoped to restore a limited service by the "
          "evening, and that it would refund all tickets.");
}

TEST_CASE("news_page: a plain-text export's first line is its headline, even ending with a period") {
    const ReadResult with_period =
        read("business/002.txt", "Steel output falls again.\n\nSteel output fell for a fourth month in June as "
                                 "carmakers cut orders, the industry group said.\n\nIt expects a recovery next year.\n");
    REQUIRE(with_period.articles.size() == 1);
    CHECK(with_period.articles[0].headline == "Steel output falls again.");
    CHECK(with_period.articles[0].body.starts_with("Steel output fell for a fourth month"));
    // A short first line and a lead-in ending with a colon: headline and body, not section and headline.
    const ReadResult lead_in = read("sport/004.txt",
                                    "Coach quits\n\nThe coach of the national team told reporters on Monday:\n\n"
                                    "\"I have done what I came to do, and it is time for someone else.\"\n");
    REQUIRE(lead_in.articles.size() == 1);
    CHECK(lead_in.articles[0].section.empty());
    CHECK(lead_in.articles[0].headline == "Coach quits");
    CHECK(lead_in.articles[0].body.starts_with("The coach of the national team told reporters on Monday:"));
}

TEST_CASE("news_page: menus, cookie banners and footers around a multi-line page are dropped") {
    const std::string page =
        "Home | World | Business | Sign in\n\nBridge reopens after repairs - The River Gazette\n\n"
        "Bridge reopens after repairs\n\nPosted: 4 May 2020\n\n"
        "The old town bridge reopened to traffic on Monday after eight months of repairs to its stone arches.\n\n"
        "Advertisement\n\nEngineers said the bridge should now last another century.\n\n"
        "We use cookies to give you the best experience. Accept all\n\nTerms of use\n\nContact us\n";
    const ReadResult result = read("g.txt", page);
    REQUIRE(result.articles.size() == 1);
    const Article& article = result.articles[0];
    CHECK(article.headline == "Bridge reopens after repairs");
    CHECK(article.date == day(2020, 5, 4));
    CHECK(article.body ==
          "The old town bridge reopened to traffic on Monday after eight months of repairs to its stone arches.\n\n"
          "Engineers said the bridge should now last another century.");
}

}  // namespace morgue::readers
