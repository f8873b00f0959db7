#include "stats_json.hpp"

#include <nlohmann/json.hpp>

namespace morgue::serve {

// The searcher's JSON of the stats (shared with the Python module), and whether this server takes writes.
std::string stats_json(const DatabaseStats& stats, bool writable) {
    nlohmann::json out = nlohmann::json::parse(to_json(stats));
    out["writable"] = writable;
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace morgue::serve
