#pragma once

#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>

#include <string>

namespace morgue::python {

// JSON text that morgue wrote (to_json, to_json_line) as the dicts, lists, strings, numbers,
// booleans and None that Python's json.loads makes of it: Python sees exactly what
// morgue-search --json prints, with no field spelled a second time here.
pybind11::object objects_from_json(const std::string& text);

// A Python value as JSON for morgue's article reader (article_json.hpp): dict (with str keys),
// list or tuple, str, int, float, bool and None as JSON has them; datetime.date and
// datetime.datetime as their isoformat() text. Raises TypeError naming where anything else is.
nlohmann::json json_from_objects(pybind11::handle value);

}  // namespace morgue::python
