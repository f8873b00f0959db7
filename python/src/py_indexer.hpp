#pragma once

#include <pybind11/pybind11.h>

namespace morgue::python {

// morgue.Indexer: morgue::Indexer and index_inputs (index_run.hpp) for Python.
void bind_indexer(pybind11::module_& module);

}  // namespace morgue::python
