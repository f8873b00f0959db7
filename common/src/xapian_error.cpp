#include <morgue/xapian_error.hpp>

#include <array>
#include <string_view>

namespace morgue {

bool looks_damaged(const Xapian::Error& e) {
    // Xapian's exceptions are not polymorphic: their type is told by name.
    const std::string_view type = e.get_type();
    if (type == "DatabaseCorruptError") return true;
    if (type != "DatabaseError" && type != "DatabaseOpeningError") return false;
    // Glass reports a short or overwritten table file as a plain DatabaseError.
    constexpr std::array<std::string_view, 5> kSigns{"EOF reading block", "corrupt", "Bad ", "checksum",
                                                     "Unexpected end"};
    const std::string& msg = e.get_msg();
    for (std::string_view sign : kSigns)
        if (msg.find(sign) != std::string::npos) return true;
    return false;
}

std::string database_error_text(const std::string& what, const std::string& database, const Xapian::Error& e) {
    std::string text = what + ": " + xapian_error_text(e);
    if (looks_damaged(e))
        text += " (database " + database + " looks damaged: check it with 'xapian-check " + database +
                "', and if it reports errors, index the articles again into a new database)";
    return text;
}

}  // namespace morgue
