#pragma once

namespace Xapian {
class Registry;
}

namespace morgue {

// Adds to `registry` every weight, posting source and match spy that the searcher's queries hand
// Xapian: a server answering them for a remote client (morgue-shard-server) must know each by
// name to rebuild it from the bytes the client sends.
void register_search_classes(Xapian::Registry& registry);
// A registry of Xapian's own classes and those (callers include <xapian.h> to use it).
Xapian::Registry search_registry();

}  // namespace morgue
