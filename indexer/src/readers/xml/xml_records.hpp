#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

// Finding the records of an XML file (RSS <item>, Atom <entry>, <nitf>, <newsItem>) without
// parsing the whole file, so that memory follows the record, not the file: each record is then
// parsed alone. Names match by local name, whatever their prefix ("atom:entry" is an "entry").
// Comments, CDATA sections and processing instructions are skipped, so markup quoted in them is
// never taken for a record.
namespace morgue::readers::xml {

// "atom:entry" -> "entry".
std::string_view local_name(std::string_view qualified_name);

// Offset of the next start tag at or after `from` whose local name is one of `names`, or npos.
std::size_t find_start_tag(std::string_view text, std::initializer_list<std::string_view> names, std::size_t from = 0);

// The name of the first element of the text (the root), after any declaration, comment or DOCTYPE;
// and the whole of its start tag. Empty when the text does not start with an element.
struct RootTag {
    std::string_view name;
    std::string_view start_tag;
};
RootTag root_tag(std::string_view text);

// Calls on_record with each element named one of `names`, from '<' of its start tag to just past
// its end tag, and its offset. Records do not nest: one whose end tag does not come before the
// next record or the end of the text goes to on_unterminated with its offset and a reason, and
// the walk goes on with the next record. A record of another of the names inside a record is
// part of it.
void for_each_record(std::string_view text, std::initializer_list<std::string_view> names,
                     const std::function<void(std::string_view record, std::size_t offset)>& on_record,
                     const std::function<void(std::size_t offset, std::string reason)>& on_unterminated);

}  // namespace morgue::readers::xml
