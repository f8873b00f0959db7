#include <morgue/searcher.hpp>

#include <nlohmann/json.hpp>

namespace morgue {
namespace {

nlohmann::json iso_or_null(const std::optional<DateTime>& date) {
    return date ? nlohmann::json(date->to_iso()) : nlohmann::json(nullptr);
}

}  // namespace

std::string to_json(const DatabaseStats& stats) {
    const nlohmann::json out = {{"articles", stats.articles},   {"earliest", iso_or_null(stats.earliest)},
                                {"latest", iso_or_null(stats.latest)}, {"languages", stats.languages},
                                {"fields", stats.fields},       {"facets", stats.facets}};
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace morgue
