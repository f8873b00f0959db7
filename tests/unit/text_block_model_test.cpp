#include "readers/text_block_model.hpp"

#include <doctest/doctest.h>

namespace morgue::readers {

TEST_CASE("text_block_model: prose is long, made of sentences and full of function words") {
    CHECK(is_prose(block_features("The council voted on Monday to extend the harbour wall by forty metres, saying the "
                                  "work would protect the old town from winter storms.")));
    CHECK_FALSE(is_prose(block_features("Storm closes pier")));
    CHECK_FALSE(is_prose(block_features("Markets Energy Climate Politics Business Health Sport Weather Travel Culture "
                                        "Opinion Video Audio Podcasts Newsletters Games")));
    const BlockFeatures features = block_features("Home News Sport. The end");
    CHECK(features.words == 5);
    CHECK(features.capitalised_share == doctest::Approx(0.8));
    CHECK(features.sentence_word_share == doctest::Approx(0.6));
    CHECK_FALSE(features.ends_sentence);
}

TEST_CASE("text_block_model: furniture vocabulary in short blocks only") {
    for (const char* furniture : {"We use cookies to improve your experience. Accept", "Copyright \xC2\xA9 2019 Daily Horizon",
                                  "\xC2\xA9 2021 Elbe Kurier. Alle Rechte vorbehalten.", "Terms of use", "Sign in to comment",
                                  "Advertisement", "Be the first to comment", "Tous droits r\xC3\xA9serv\xC3\xA9s."}) {
        CAPTURE(furniture);
        CHECK(is_furniture_text(furniture));
    }
    CHECK_FALSE(is_furniture_text("The advertisement campaign cost the party two million euros, its treasurer said."));
    CHECK_FALSE(is_furniture_text("Harbour ferry fares to rise in April"));
}

TEST_CASE("text_block_model: menus") {
    CHECK(is_menu_line("Home | News | World | Business | Sign in"));
    CHECK(is_menu_line("Accueil \xC2\xB7 International \xC2\xB7 \xC3\x89" "conomie"));
    CHECK_FALSE(is_menu_line("Home | News"));  // two items: a title and a site name, perhaps
    CHECK_FALSE(is_menu_line("Oil prices rise | Markets close higher on bank rally | Sport"));
    CHECK(is_menu_item("Sign in"));
    CHECK_FALSE(is_menu_item("Sign in to comment"));
    CHECK_FALSE(is_menu_item("Yes."));
    CHECK(is_capitalised_run("Home News Sport Business Weather"));
    CHECK_FALSE(is_capitalised_run("Rail strike halts commuter trains"));
    CHECK_FALSE(is_capitalised_run("The Senate And The House"));
}

}  // namespace morgue::readers
