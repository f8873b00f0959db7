#include "search_arguments.hpp"

#include <morgue/error.hpp>
#include <morgue/search_options.hpp>

#include <optional>

namespace py = pybind11;

namespace morgue::python {
namespace {

std::size_t count(long long value, const char* name) {
    if (value < 0) throw RequestError(std::string(name) + " " + std::to_string(value) + " is negative");
    return static_cast<std::size_t>(value);
}

std::string type_name(py::handle value) { return py::str(py::type::of(value).attr("__name__")).cast<std::string>(); }

std::vector<std::string> facet_names(const py::object& facets) {
    if (facets.is_none()) return {};
    if (py::isinstance<py::str>(facets)) return {facets.cast<std::string>()};  // facets="month", like --facet month
    std::vector<std::string> names;
    for (const auto& name : facets) {
        if (!py::isinstance<py::str>(name))
            throw py::type_error("facets: each facet is a str, not a " + type_name(name));
        names.push_back(name.cast<std::string>());
    }
    return names;
}

// A bound is a whole day: a date's day, or the first (date_from) or last (date_to) day of "YYYY" or "YYYY-MM".
std::optional<DateTime> date_bound(const py::object& value, const char* name, DateBound bound) {
    if (value.is_none()) return std::nullopt;
    if (py::isinstance<py::str>(value)) return parse_date_bound(value.cast<std::string>(), name, bound);
    if (py::isinstance(value, py::module_::import("datetime").attr("date"))) {  // a datetime's time of day is ignored
        DateTime day;
        day.year = value.attr("year").cast<int>();
        day.month = value.attr("month").cast<int>();
        day.day = value.attr("day").cast<int>();
        return day;
    }
    throw py::type_error(std::string(name) + ": a str (YYYY, YYYY-MM or YYYY-MM-DD) or a datetime.date, not a " +
                         type_name(value));
}

std::optional<double> half_life_days(const py::object& value) {
    if (value.is_none()) return std::nullopt;
    if (py::isinstance<py::str>(value)) return parse_half_life_days(value.cast<std::string>(), "recent");
    if (py::isinstance(value, py::module_::import("datetime").attr("timedelta"))) {
        const double days = value.attr("total_seconds")().cast<double>() / 86400;
        if (!(days > 0))
            throw RequestError("recent " + py::str(value).cast<std::string>() +
                               " is not a half-life (it must be more than zero)");
        return days;
    }
    throw py::type_error("recent: a str (30d, 6w, 3m, 2y) or a datetime.timedelta, not a " + type_name(value));
}

}  // namespace

SearchRequest search_request_from(const SearchArguments& arguments) {
    SearchRequest request;
    request.query = arguments.query;
    request.sort = parse_sort_order(arguments.sort, "sort");
    request.match = parse_match_mode(arguments.match, "match");
    request.limit = count(arguments.limit, "limit");
    request.offset = count(arguments.offset, "offset");
    request.facets = facet_names(arguments.facets);
    request.facet_limit = count(arguments.facet_limit, "facet_limit");
    request.from = date_bound(arguments.date_from, "date_from", DateBound::First);
    request.to = date_bound(arguments.date_to, "date_to", DateBound::Last);
    // The searcher checks this too, but names morgue-search's options (--from, --to) in its message.
    if (request.from && request.to && *request.to < *request.from)
        throw RequestError("date_to " + request.to->to_iso() + " is before date_from " + request.from->to_iso());
    request.recent_half_life_days = half_life_days(arguments.recent);
    request.snippets = arguments.snippets;
    request.exact_total = arguments.exact_total;
    request.expand = arguments.expand;
    request.accelerated = arguments.accelerated;
    return request;
}

}  // namespace morgue::python
