#pragma once

// What the mail reader's files share about GMime: one-time initialisation, ownership of GObjects,
// and strings from GMime made safe to keep.
#include <gmime/gmime.h>

#include <memory>
#include <string>

namespace morgue::readers::gmime {

// g_mime_init, once per process, whichever thread reads mail first.
void ensure_initialized();

struct ObjectUnref {
    void operator()(gpointer object) const {
        if (object != nullptr) g_object_unref(object);
    }
};
template <typename T>
using Owned = std::unique_ptr<T, ObjectUnref>;

// A string GMime returned (nullptr = absent), as valid UTF-8 with whitespace runs (folded header
// lines) collapsed and trimmed; `repaired` is set when invalid UTF-8 had to be replaced.
std::string header_text(const char* text, bool& repaired);

// A string GMime allocated, taken over and freed.
std::string take_string(char* text);

}  // namespace morgue::readers::gmime
