// libFuzzer target: the bytes that cross the network between a searcher and a shard server —
// posting sources and the weight rebuilt on the server, facet counts merged on the client —
// are refused with Xapian::SerialisationError when malformed, never read past or crashed on.
#include "facet_counter.hpp"
#include "fuzz_support.hpp"

#include <morgue/schema.hpp>
#include <morgue/search_registry.hpp>

#include <xapian.h>

#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Xapian::Registry registry = [] {
        Xapian::Registry r;
        morgue::register_search_classes(r);
        return r;
    }();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    for (const char* name : {"morgue::PresenceSource", "morgue::ScoredIdsSource", "morgue::NewerSource"}) {
        try {
            std::unique_ptr<Xapian::PostingSource> source(registry.get_posting_source(name)->unserialise(bytes));
            // What was read back writes out and reads again the same.
            const std::string again = source->serialise();
            std::unique_ptr<Xapian::PostingSource> twice(source->unserialise(again));
            morgue::fuzz::require(twice->serialise() == again);
        } catch (const Xapian::SerialisationError&) {
        }
    }
    try {
        std::unique_ptr<Xapian::Weight> weight(registry.get_weighting_scheme("morgue.ranking")->unserialise(bytes));
    } catch (const Xapian::SerialisationError&) {
    }
    try {
        morgue::FacetCounter counter(*morgue::find_facet(size % 2 ? "month" : "topic"));
        counter.merge_results(bytes);
        (void)counter.top(10);
    } catch (const Xapian::SerialisationError&) {
    }
    return 0;
}
