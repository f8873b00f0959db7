#include "python_json.hpp"

#include <cmath>
#include <cstdint>

namespace py = pybind11;

namespace morgue::python {
namespace {

// Where a value sits in what add() was given, for messages: "field 'byline'[2]".
std::string named(const std::string& where) { return where.empty() ? "the article" : where; }

std::string type_name(py::handle value) { return py::str(py::type::of(value).attr("__name__")).cast<std::string>(); }

std::string member(const std::string& where, const std::string& key) {
    return where.empty() ? "field '" + key + "'" : where + "['" + key + "']";
}

std::string element(const std::string& where, std::size_t index) {
    return named(where) + "[" + std::to_string(index) + "]";
}

nlohmann::json integer_json(py::handle value, const std::string& where) {
    int overflow = 0;
    const long long number = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
    if (number == -1 && PyErr_Occurred()) throw py::error_already_set();
    if (overflow == 0) return static_cast<std::int64_t>(number);
    if (overflow > 0) {
        const unsigned long long unsigned_number = PyLong_AsUnsignedLongLong(value.ptr());
        if (!PyErr_Occurred()) return static_cast<std::uint64_t>(unsigned_number);
        PyErr_Clear();
    }
    throw py::value_error(named(where) + ": the integer " +
                          py::str(value).cast<std::string>() + " does not fit in 64 bits");
}

nlohmann::json to_json(py::handle value, const std::string& where) {
    if (value.is_none()) return nullptr;
    if (py::isinstance<py::bool_>(value)) return value.cast<bool>();  // before int: bool is an int in Python
    if (py::isinstance<py::int_>(value)) return integer_json(value, where);
    if (py::isinstance<py::float_>(value)) {
        const double number = value.cast<double>();
        if (!std::isfinite(number))  // JSON has no NaN or infinity; nlohmann would write them as null
            throw py::value_error(named(where) + ": " + py::repr(value).cast<std::string>() +
                                  " is not a JSON number");
        return number;
    }
    if (py::isinstance<py::str>(value)) return value.cast<std::string>();
    if (py::isinstance<py::dict>(value)) {
        nlohmann::json object = nlohmann::json::object();
        for (const auto& [key, item] : py::reinterpret_borrow<py::dict>(value)) {
            if (!py::isinstance<py::str>(key))
                throw py::type_error(named(where) + ": keys must be str, not " + type_name(key));
            const std::string name = key.cast<std::string>();
            object[name] = to_json(item, member(where, name));
        }
        return object;
    }
    if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
        nlohmann::json array = nlohmann::json::array();
        std::size_t index = 0;
        for (const auto& item : value) array.push_back(to_json(item, element(where, index++)));
        return array;
    }
    const py::object date_type = py::module_::import("datetime").attr("date");  // datetime.datetime is one too
    if (py::isinstance(value, date_type)) return value.attr("isoformat")().cast<std::string>();
    throw py::type_error(named(where) + ": cannot be a " + type_name(value) + " (use str, int, float, bool, None, list, dict or datetime.date)");
}

}  // namespace

py::object objects_from_json(const std::string& text) {
    return py::module_::import("json").attr("loads")(py::str(text));
}

nlohmann::json json_from_objects(py::handle value) { return to_json(value, ""); }

}  // namespace morgue::python
