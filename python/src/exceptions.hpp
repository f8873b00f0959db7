#pragma once

#include <pybind11/pybind11.h>

namespace morgue::python {

// Adds morgue.Error and its subclasses (QueryError, RequestError, DatabaseError,
// DatabaseLockedError, InputError, IndexingError) to the module, and translates morgue's C++
// exceptions into them with their message unchanged. A Xapian error that escapes the libraries
// becomes a DatabaseError rather than pybind11's "unknown exception".
void register_exceptions(pybind11::module_& module);

}  // namespace morgue::python
