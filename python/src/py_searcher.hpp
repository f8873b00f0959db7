#pragma once

#include <pybind11/pybind11.h>

namespace morgue::python {

// morgue.Searcher: morgue::Searcher for Python, each answer a dict as morgue's JSON has it.
void bind_searcher(pybind11::module_& module);

}  // namespace morgue::python
