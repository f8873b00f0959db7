#pragma once

#include <xapian.h>

#include <string>

namespace morgue {

// Xapian's message with the system's reason when there is one ("Error writing block 512: File too large").
inline std::string xapian_error_text(const Xapian::Error& e) {
    const char* system_error = e.get_error_string();
    return system_error ? e.get_msg() + ": " + system_error : e.get_msg();
}

}  // namespace morgue
