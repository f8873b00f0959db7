#include "readers/dateline.hpp"

#include <doctest/doctest.h>

namespace morgue::readers {

TEST_CASE("dateline: the place, the agency and where the story's text begins") {
    const auto wire = find_dateline("PORTLAND, Ore., Nov. 18 (Reuters) - Timber prices rose.");
    REQUIRE(wire);
    CHECK(wire->place == "PORTLAND");
    CHECK(wire->agency == "Reuters");
    CHECK(std::string_view("PORTLAND, Ore., Nov. 18 (Reuters) - Timber prices rose.").substr(wire->text_start) ==
          "Timber prices rose.");

    const auto french = find_dateline("Paris, le 3 mars (AFP) \xE2\x80\x93 Le gouvernement a annonc\xC3\xA9...");
    REQUIRE(french);
    CHECK(french->place == "Paris");
    CHECK(!french->agency.empty());

    const auto lower_agency = find_dateline("Dresden (dpa) - Die Elbe steigt.");
    REQUIRE(lower_agency);
    CHECK(lower_agency->agency == "dpa");  // an unknown abbreviation stays as written

    CHECK(find_dateline("LONDON \xE2\x80\x94 Markets fell.")->place == "LONDON");
}

TEST_CASE("dateline: sentences with a dash are not datelines") {
    CHECK(!find_dateline("Mr. Smith, the chairman - who was there - said so."));
    CHECK(!find_dateline("Prices rose - and fell."));
    CHECK(!find_dateline("Berlin - the city - is large."));  // mixed case needs a date or an agency
    CHECK(!find_dateline("Berlin (the chairman said) - no."));
    CHECK(!find_dateline("NAIROBI - "));  // no text after it
}

}  // namespace morgue::readers
