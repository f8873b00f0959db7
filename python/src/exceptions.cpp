#include "exceptions.hpp"

#include <morgue/error.hpp>
#include <morgue/indexer.hpp>
#include <morgue/xapian_error.hpp>

#include <xapian.h>

#include <string>

namespace py = pybind11;

namespace morgue::python {
namespace {

// The Python classes, made once with the module and kept for the life of the interpreter (a
// translator has no state of its own, and freeing them at exit would race the interpreter's teardown).
struct ExceptionTypes {
    PyObject* error = nullptr;
    PyObject* query = nullptr;
    PyObject* request = nullptr;
    PyObject* database = nullptr;
    PyObject* locked = nullptr;
    PyObject* input = nullptr;
    PyObject* indexing = nullptr;
};
ExceptionTypes types;

PyObject* add_exception(py::module_& module, const char* name, const char* doc, const py::tuple& bases) {
    const std::string qualified = "morgue." + std::string(name);
    PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
    if (type == nullptr) throw py::error_already_set();
    module.add_object(name, py::handle(type));
    return type;
}

py::tuple bases(PyObject* first, PyObject* second = nullptr) {
    return second ? py::make_tuple(py::handle(first), py::handle(second)) : py::make_tuple(py::handle(first));
}

void raise_query_error(const QueryError& e) {
    py::object error = py::reinterpret_borrow<py::object>(types.query)(e.what());
    error.attr("position") = e.position();
    PyErr_SetObject(types.query, error.ptr());
}

// Most derived first: each C++ class to the Python class of the same name.
void translate(std::exception_ptr thrown) {
    try {
        if (thrown) std::rethrow_exception(thrown);
    } catch (const QueryError& e) {
        raise_query_error(e);
    } catch (const RequestError& e) {
        PyErr_SetString(types.request, e.what());
    } catch (const DatabaseLockedError& e) {
        PyErr_SetString(types.locked, e.what());
    } catch (const DatabaseError& e) {
        PyErr_SetString(types.database, e.what());
    } catch (const InputError& e) {
        PyErr_SetString(types.input, e.what());
    } catch (const IndexingError& e) {
        PyErr_SetString(types.indexing, e.what());
    } catch (const Error& e) {
        PyErr_SetString(types.error, e.what());
    } catch (const Xapian::Error& e) {
        PyErr_SetString(types.database, ("unexpected database error: " + xapian_error_text(e)).c_str());
    }
}

}  // namespace

void register_exceptions(py::module_& module) {
    types.error = add_exception(module, "Error",
        "Every error morgue reports; str() is one line a user can act on.", bases(PyExc_Exception));
    types.query = add_exception(module, "QueryError",
        "The query text is malformed (the message is morgue-search's after 'bad query: ').\n"
        "position: the 0-based byte offset of the problem in the query's UTF-8.",
        bases(types.error, PyExc_ValueError));
    types.request = add_exception(module, "RequestError",
        "A search asks for something that does not exist or cannot be: an unknown facet, sort or\n"
        "match, a date that is not one, a range that ends before it starts, a half-life of zero.",
        bases(types.error, PyExc_ValueError));
    types.database = add_exception(module, "DatabaseError",
        "The database cannot be opened, read or written, or was written by an incompatible morgue.",
        bases(types.error));
    types.locked = add_exception(module, "DatabaseLockedError",
        "Another indexer (a process, or another morgue.Indexer) holds the database's write lock.",
        bases(types.database));
    types.input = add_exception(module, "InputError",
        "An input file cannot be read at all (missing, unreadable, corrupt compression).", bases(types.error));
    types.indexing = add_exception(module, "IndexingError",
        "Building a document failed for a reason other than the article itself.", bases(types.error));
    py::register_local_exception_translator(translate);
}

}  // namespace morgue::python
