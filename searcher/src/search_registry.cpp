#include "facet_counter.hpp"
#include "id_sources.hpp"
#include "presence_source.hpp"

#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/search_registry.hpp>

#include <xapian.h>

namespace morgue {

void register_search_classes(Xapian::Registry& registry) {
    // Each object only gives the registry its name and the unserialise that builds the real one.
    registry.register_weighting_scheme(RankingWeight(FieldLengths{}));
    registry.register_posting_source(PresenceSource({}, 0));
    registry.register_posting_source(ScoredIdsSource({}, {}));
    registry.register_posting_source(NewerSource(0));
    registry.register_match_spy(FacetCounter(facet_specs().front()));
}

Xapian::Registry search_registry() {
    Xapian::Registry registry;
    register_search_classes(registry);
    return registry;
}

}  // namespace morgue
