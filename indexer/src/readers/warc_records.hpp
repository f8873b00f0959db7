#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The records of a WARC file (ISO 28500, WARC/1.0 and 1.1): a version line, named fields, a blank
// line, a block of Content-Length bytes, two line ends. Parsed here rather than with libarchive,
// whose WARC reader (3.6) refuses WARC/1.1, cuts the host off WARC-Target-URI, drops records whose
// URI ends in "/" and stops at the first damaged record.
namespace morgue::readers::warc {

struct Record {
    std::size_t offset = 0;                                   // of the "WARC/" line in the file
    std::size_t block_offset = 0;                             // of the block
    std::vector<std::pair<std::string, std::string>> fields;  // names in lower case, in order
    std::string_view block;

    // The first field of that name (lower case), or nullopt.
    std::optional<std::string_view> field(std::string_view name) const;
};

// Calls on_record for each whole record, in order. A damaged record (no Content-Length, a header
// that does not end, a block cut short by the end of the file, garbage between records) goes to
// on_problem with its offset and a reason; the walk then goes on at the next line starting "WARC/".
void for_each_record(std::string_view text, const std::function<void(const Record&)>& on_record,
                     const std::function<void(std::size_t offset, std::string reason)>& on_problem);

}  // namespace morgue::readers::warc
