#pragma once

#include <string>
#include <vector>

namespace morgue {

// Names as a sentence gives them: "relevance, newest or oldest". For help texts and messages
// listing what an option accepts, built from the list the option is parsed with.
inline std::string alternatives(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    return out;
}

}  // namespace morgue
