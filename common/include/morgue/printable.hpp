#pragma once

#include <string>
#include <string_view>

namespace morgue {

// `text` safe to print on one line of a message: control characters (C0, DEL and C1, which a file
// name or an article id may hold) are escaped as \n, \t, \r or \xNN, so a file named
// "a\nmorgue-index: error: ..." cannot forge a line of the log. Other text, valid or invalid UTF-8,
// is left as it is (a backslash too: the escapes are for reading, not to be undone).
std::string printable(std::string_view text);

}  // namespace morgue
