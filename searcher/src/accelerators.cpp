#include "accelerators.hpp"

#include <morgue/top_lists.hpp>

namespace morgue {

Accelerators Accelerators::of(const Xapian::Database& db) {
    Accelerators accelerators;
    if (db.size() != 1) return accelerators;
    accelerators.top_lists_up_to = morgue::top_lists_up_to(db);
    if (accelerators.top_lists_up_to) accelerators.revised = top_lists_revised(db);
    return accelerators;
}

}  // namespace morgue
