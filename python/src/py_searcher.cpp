#include "py_searcher.hpp"

#include "guarded.hpp"
#include "python_json.hpp"
#include "search_arguments.hpp"

#include <morgue/article_json.hpp>
#include <morgue/searcher.hpp>

#include <optional>

namespace py = pybind11;
using namespace pybind11::literals;

namespace morgue::python {
namespace {

class PySearcher {
public:
    explicit PySearcher(std::string database) : path_(std::move(database)) { searcher_.open(path_); }

    py::object search(const SearchArguments& arguments) {
        const SearchRequest request = search_request_from(arguments);
        return objects_from_json(searcher_.call([&](Searcher& s) { return to_json(s.search(request)); }));
    }

    py::object article(const std::string& id) {
        const std::optional<std::string> line = searcher_.call([&](Searcher& s) -> std::optional<std::string> {
            const std::optional<Article> found = s.article(id);
            return found ? std::optional(to_json_line(*found)) : std::nullopt;
        });
        return line ? objects_from_json(*line) : py::none();
    }

    py::object stats() { return objects_from_json(searcher_.call([](Searcher& s) { return to_json(s.stats()); })); }
    std::uint64_t document_count() { return searcher_.call([](Searcher& s) { return s.document_count(); }); }
    void close() { searcher_.close(); }
    bool closed() { return searcher_.closed(); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    Guarded<Searcher> searcher_{"searcher"};
};

constexpr const char* kSearcherDoc = R"(Searcher(db)

Answers queries over a morgue database folder, or an archive's collection file (shards), as
morgue-search does. Opening raises morgue.DatabaseError if the database cannot be opened or was
written by an incompatible morgue.

Every search sees what indexers have committed up to then. Calls release the GIL while morgue
works. One Searcher may be shared by threads, but its calls take turns; for searches in parallel,
open one Searcher per thread. Use it as a context manager, or call close(), to release its files;
a closed Searcher raises ValueError.)";

constexpr const char* kSearchDoc = R"(search(query='', *, sort='relevance', limit=10, offset=0, facets=(), facet_limit=10, match='most', date_from=None, date_to=None, recent=None, snippets=True, exact_total=True, expand=False, accelerated=True) -> dict

Searches in morgue's query language (README.md: words, "phrases", field:word, AND/OR/NOT,
NEAR, date:...). Returns the dict that `morgue-search --json` prints for the same query and
options: query, total, total_exact, relaxed (and all_words_total when relaxed), hits (each with
rank, score, words_matched for a relaxed match, the article's fields as in the JSON Lines format,
and snippet), facets ({name: [{value, count}, ...]}), elapsed_ms, and shards for an archive of
several databases.

The arguments are morgue-search's options:
  sort         'relevance', 'newest' or 'oldest' (--sort)
  limit        hits to return (--limit); offset: hits to skip, for paging (--offset)
  facets       facet names, counted over every match: year, month, topic, place, source, section,
               byline (--facet; a str is one facet); facet_limit: values per facet (--facet-limit)
  match        'most', 'all' or 'any' (--all, --any): how words without an operator combine
  date_from    first day (--from), date_to last day (--to): 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a
               datetime.date (a datetime's time of day is ignored)
  recent       favour recent articles: a half-life, '30d', '6w', '3m', '2y' or a datetime.timedelta
               (--recent)
  snippets     False: no body snippets (--no-snippets)
  exact_total  False: let the total be an estimate, faster (--estimate)
  expand       add the words the best matches share (--expand)
  accelerated  False: never answer from the precomputed top lists (--full-match)

Raises morgue.QueryError for a malformed query (its message is morgue-search's), morgue.RequestError
for an unknown facet, sort or match or a bad date or half-life, morgue.DatabaseError if reading
fails, ValueError if the searcher is closed.)";

}  // namespace

void bind_searcher(py::module_& module) {
    py::class_<PySearcher>(module, "Searcher", kSearcherDoc)
        .def(py::init<std::string>(), "db"_a)
        .def(
            "search",
            [](PySearcher& self, std::string query, std::string sort, long long limit, long long offset,
               py::object facets, long long facet_limit, std::string match, py::object date_from, py::object date_to,
               py::object recent, bool snippets, bool exact_total, bool expand, bool accelerated) {
                return self.search(SearchArguments{std::move(query), std::move(sort), limit, offset, std::move(facets),
                                                   facet_limit, std::move(match), std::move(date_from),
                                                   std::move(date_to), std::move(recent), snippets, exact_total,
                                                   expand, accelerated});
            },
            "query"_a = "", py::kw_only(), "sort"_a = "relevance", "limit"_a = 10, "offset"_a = 0,
            "facets"_a = py::tuple(), "facet_limit"_a = 10, "match"_a = "most", "date_from"_a = py::none(),
            "date_to"_a = py::none(), "recent"_a = py::none(), "snippets"_a = true, "exact_total"_a = true,
            "expand"_a = false, "accelerated"_a = true, kSearchDoc)
        .def("article", &PySearcher::article, "id"_a,
             "article(id) -> dict or None\n\nThe article with this id as of the newest commit, in the JSON Lines "
             "format's fields (what morgue-serve's GET /articles/ID returns), or None when there is none.\n"
             "Raises morgue.DatabaseError if reading fails.")
        .def("stats", &PySearcher::stats,
             "stats() -> dict\n\nWhat the database holds, as of the newest commit: articles, earliest and latest "
             "(ISO dates, or None when no article is dated), languages, fields (those the query language knows) "
             "and facets (the names search() accepts); morgue-serve's GET /stats without 'writable'.")
        .def_property_readonly("document_count", &PySearcher::document_count,
                               "How many articles the database holds.")
        .def_property_readonly("path", &PySearcher::path, "The database (or collection file) given.")
        .def_property_readonly("closed", &PySearcher::closed, "True once close() was called.")
        .def("close", &PySearcher::close, "close()\n\nReleases the database. Calling it again does nothing.")
        .def("__enter__", [](py::object self) { return self; })
        .def("__exit__", [](PySearcher& self, const py::args&) { self.close(); })
        .def("__repr__", [](PySearcher& self) {
            return "morgue.Searcher(" + py::repr(py::str(self.path())).cast<std::string>() + ")" +
                   (self.closed() ? " (closed)" : "");
        });
}

}  // namespace morgue::python
