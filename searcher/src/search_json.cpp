#include <morgue/article_json.hpp>
#include <morgue/searcher.hpp>

#include <nlohmann/json.hpp>

namespace morgue {

std::string to_json(const SearchResponse& response) {
    nlohmann::json hits = nlohmann::json::array();
    for (const Hit& hit : response.hits) {
        nlohmann::json entry = {{"rank", hit.rank}, {"score", hit.score}};
        if (hit.words_matched > 0) entry["words_matched"] = hit.words_matched;
        entry.update(nlohmann::json(hit.article));
        entry["snippet"] = hit.snippet;
        hits.push_back(std::move(entry));
    }
    nlohmann::json facets = nlohmann::json::object();
    for (const Facet& facet : response.facets) {
        nlohmann::json values = nlohmann::json::array();
        for (const FacetValue& v : facet.values) values.push_back({{"value", v.value}, {"count", v.count}});
        facets[facet.name] = std::move(values);
    }
    nlohmann::json out = {
        {"query", response.query}, {"total", response.total}, {"total_exact", response.total_exact},
        {"hits", std::move(hits)}, {"facets", std::move(facets)}, {"elapsed_ms", response.elapsed_ms},
        {"relaxed", response.relaxed},
    };
    if (response.relaxed) out["all_words_total"] = response.all_words_total;
    if (response.shards.total > 0)
        out["shards"] = {{"total", response.shards.total},
                         {"answered", response.shards.answered},
                         {"missing", response.shards.missing}};
    if (!response.shards.replaced.empty()) out["shards"]["replaced"] = response.shards.replaced;
    // Replace, not throw, on invalid UTF-8: a stored article from an older, laxer index must not abort output.
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace morgue
