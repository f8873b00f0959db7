#pragma once

#include <pybind11/pybind11.h>

#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace morgue::python {

// A morgue object (Searcher, Indexer) that Python may share between threads and close. Neither is
// thread-safe, so calls take turns on a mutex; each runs with the GIL released (other Python
// threads go on meanwhile), and the mutex is waited for without the GIL, so a thread holding the
// GIL never waits for one that needs it back. After close(), a call raises ValueError, as a
// closed file does.
template <class Object>
class Guarded {
public:
    explicit Guarded(std::string what) : what_(std::move(what)) {}

    template <class... Arguments>
    void open(Arguments&&... arguments) {
        call_unlocked([&] { object_.emplace(std::forward<Arguments>(arguments)...); });
    }

    // Runs body(object) without the GIL; what it returns must not be a Python object.
    template <class Body>
    auto call(Body&& body) {
        return call_unlocked([&] {
            if (!object_) throw pybind11::value_error("the " + what_ + " is closed");
            return body(*object_);
        });
    }

    // Ends the object (the Indexer's destructor joins its threads) without the GIL; again is harmless.
    void close() {
        call_unlocked([&] { object_.reset(); });
    }

    bool closed() {
        pybind11::gil_scoped_release release;
        std::lock_guard lock(mutex_);
        return !object_;
    }

private:
    template <class Body>
    auto call_unlocked(Body&& body) {
        pybind11::gil_scoped_release release;
        std::lock_guard lock(mutex_);
        return body();
    }

    std::string what_;
    std::mutex mutex_;
    std::optional<Object> object_;
};

}  // namespace morgue::python
