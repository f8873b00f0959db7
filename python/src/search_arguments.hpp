#pragma once

#include <morgue/searcher.hpp>

#include <pybind11/pybind11.h>

#include <string>

namespace morgue::python {

// Searcher.search()'s arguments as Python gives them, before they are checked. The names are
// morgue-search's options (--sort, --limit, --facet, ...) and SearchRequest's fields where an
// option is a negation (--no-snippets is snippets=False, --estimate exact_total=False,
// --full-match accelerated=False); --from and --to are date_from and date_to, `from` being a keyword.
struct SearchArguments {
    std::string query;
    std::string sort = "relevance";
    long long limit = 10;
    long long offset = 0;
    pybind11::object facets;       // a str or an iterable of str
    long long facet_limit = 10;
    std::string match = "most";
    pybind11::object date_from;    // None, "YYYY[-MM[-DD]]" or datetime.date
    pybind11::object date_to;
    pybind11::object recent;       // None, "30d"/"6w"/"3m"/"2y" or datetime.timedelta
    bool snippets = true;
    bool exact_total = true;
    bool expand = false;
    bool accelerated = true;
};

// The request, checked as morgue-search and morgue-serve check theirs (the same parsers, so the
// same messages, naming the Python argument): raises morgue.RequestError for a bad value and
// TypeError for a value of the wrong type. Needs the GIL.
SearchRequest search_request_from(const SearchArguments& arguments);

}  // namespace morgue::python
