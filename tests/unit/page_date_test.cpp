#include "readers/page_date.hpp"

#include <doctest/doctest.h>

#include <string>

namespace morgue::readers {
namespace {

std::string iso(std::string_view text, bool allow_trailing_words = true) {
    const auto date = parse_page_date(text, allow_trailing_words);
    return date ? date->to_iso() : "none";
}

}  // namespace

TEST_CASE("page_date: the forms pages print") {
    CHECK(iso("2010-03-26 07:43") == "2010-03-26T07:43:00Z");
    CHECK(iso("Friday, March 26, 2010") == "2010-03-26");
    CHECK(iso("2010-03-26 07:43 (Beijing time)") == "2010-03-26T07:43:00Z");
    CHECK(iso("Oct. 3, 2015 at 4:12 PM") == "2015-10-03T16:12:00Z");
    CHECK(iso("Sept. 9, 2017") == "2017-09-09");
}

TEST_CASE("page_date: French and German month names") {
    CHECK(iso("3 mars 2021") == "2021-03-03");
    CHECK(iso("le 3 mars 2021 \xC3\xA0 14:05") == "2021-03-03T14:05:00Z");
    CHECK(iso("14. Juli 2021") == "2021-07-14");
    CHECK(iso("am 3. M\xC3\xA4rz 2022") == "2022-03-03");
    CHECK(iso("14.07.2021 09:30") == "2021-07-14T09:30:00Z");
}

TEST_CASE("page_date: trailing words only after a label") {
    CHECK(iso("Jan 5, 2023 in the morning") == "2023-01-05");
    CHECK(iso("Jan 5, 2023 in the morning", false) == "none");
    CHECK(iso("sometime last week") == "none");
    CHECK(iso(std::string(300, '1')) == "none");
}

TEST_CASE("page_date: the date at the start of a text") {
    const std::string text = "21 June 2022 MANCHESTER - Trains stopped.";
    CHECK(date_prefix_bytes(text) == std::string("21 June 2022").size());
    CHECK(date_prefix_bytes("MANCHESTER - Trains stopped.") == 0);
    CHECK(date_prefix_bytes("") == 0);
}

}  // namespace morgue::readers
