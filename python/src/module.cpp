// The Python module `morgue`: the searcher and the indexer of the C++ libraries.
#include "exceptions.hpp"
#include "py_indexer.hpp"
#include "py_searcher.hpp"

#include <morgue/version.hpp>

#include <pybind11/pybind11.h>

namespace py = pybind11;

namespace {

constexpr const char* kModuleDoc = R"(Full-text search for news archives: morgue's searcher and indexer.

    import morgue
    with morgue.Indexer("news.db") as indexer:
        indexer.add({"id": "1", "headline": "Cocoa prices rise", "date": "1987-02-26",
                     "body": "Cocoa rose in London ..."})
    with morgue.Searcher("news.db") as searcher:
        answer = searcher.search("cocoa", sort="newest", facets=["month"])
        for hit in answer["hits"]:
            print(hit["rank"], hit["headline"], hit["date"])

Searcher.search() returns what `morgue-search --json` prints; Indexer.add() takes what a line of
morgue-index's JSON Lines input holds. Errors are morgue.Error and its subclasses (QueryError,
RequestError, DatabaseError, DatabaseLockedError, InputError, IndexingError), each with the message
the programs print. Calls release the GIL; a Searcher or an Indexer shared by threads serves one
call at a time (open one Searcher per thread to search in parallel). A database takes one Indexer
at a time, in any process, and any number of Searchers.)";

}  // namespace

PYBIND11_MODULE(morgue, module) {
    py::options options;
    options.disable_function_signatures();  // each docstring starts with its signature, in Python's terms
    module.doc() = kModuleDoc;
    module.attr("__version__") = morgue::kVersion;
    morgue::python::register_exceptions(module);
    morgue::python::bind_searcher(module);
    morgue::python::bind_indexer(module);
}
