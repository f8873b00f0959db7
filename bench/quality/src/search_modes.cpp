#include "search_modes.hpp"

#include <stdexcept>

namespace morgue::quality {

const std::vector<SearchMode>& search_modes() {
    static const std::vector<SearchMode> modes{
        // Whatever SearchRequest does when nothing is set: follows morgue's default as it changes.
        {"default", [](SearchRequest&) {}},
        {"all", [](SearchRequest& request) { request.match = MatchMode::All; }},
        {"any", [](SearchRequest& request) { request.match = MatchMode::Any; }},
        // Pseudo-relevance feedback (--expand), in the default mode and with --any.
        {"default+expand", [](SearchRequest& request) { request.expand = true; }},
        {"any+expand", [](SearchRequest& request) {
             request.match = MatchMode::Any;
             request.expand = true;
         }},
    };
    return modes;
}

const SearchMode& search_mode(std::string_view name) {
    std::string names;
    for (const auto& mode : search_modes()) {
        if (mode.name == name) return mode;
        names += (names.empty() ? "" : ", ") + std::string(mode.name);
    }
    throw std::invalid_argument("unknown search mode '" + std::string(name) + "' (known: " + names + ")");
}

}  // namespace morgue::quality
