#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace morgue {

// What a byline says: who wrote the article and for which agency or paper.
struct ParsedByline {
    std::vector<std::string> names;  // one author per element, e.g. {"Cai Xiao", "Hu Haiyan"}
    std::string source;              // e.g. "Reuters", "China Daily"; empty when the byline names none

    bool operator==(const ParsedByline&) const = default;
};

// Reads a byline as news formats write it:
//   "By Janie Gabbett, Reuters"                    -> {"Janie Gabbett"}, "Reuters"
//   "By Cai Xiao and Hu Haiyan (China Daily)"      -> {"Cai Xiao", "Hu Haiyan"}, "China Daily"
//   "BY JOHN DOE, Associated Press Writer"         -> {"John Doe"}, "Associated Press"
//   "By Anna Smith in Beijing & Li Wei, Staff Reporters" -> {"Anna Smith", "Li Wei"}, ""
// A leading "By" is optional; names are separated by commas, "and" or "&"; role words
// ("Staff Writer", "Correspondent") are dropped; ALL-CAPS names become Title Case while
// mixed-case names ("McDonald") are kept as written; known agencies get their usual spelling.
// Never throws: text that is not a byline gives whatever names it seems to hold.
ParsedByline parse_byline(std::string_view text);

}  // namespace morgue
