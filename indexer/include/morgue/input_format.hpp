#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {

enum class InputFormat {
    Auto,        // decided per file from its first bytes; from detect_input_format: not recognised
    ReutersSgml, // Reuters-21578 <REUTERS> elements
    TrecSgml,    // TREC-style <DOC> collections
    NewsPage,    // one news page saved as plain text
    JsonLines,   // one JSON article per line (see corpora/jsonl/README.md)
    Feed,        // RSS 2.0 / Atom feed: each item an article
    Nitf,        // IPTC NITF documents and NewsML-G2 news items
    Csv,         // CSV/TSV with a header row naming the columns
    Mail,        // an mbox file or one RFC 822 mail / Usenet message
    Html,        // one HTML news page
    Warc,        // a WARC web archive of HTML responses
};

// "auto", "reuters", "trec", "page", "jsonl", "feed", "nitf", "csv", "mail", "html", "warc"; throws morgue::Error for other names.
InputFormat parse_input_format(std::string_view name);
std::string_view input_format_name(InputFormat format);
// Every name parse_input_format accepts, "auto" first (for --help and shell completion).
std::vector<std::string> input_format_names();

// How much of a file's (decompressed, decoded) text format recognition looks at.
inline constexpr std::size_t kFormatSniffBytes = 1 << 16;

// The format of a file from its first bytes: the first format, in a fixed order, whose sniffer
// recognises it with confidence; Auto when none does (the file must then be refused, with
// describe_unrecognised_input, rather than read as some other format).
InputFormat detect_input_format(const std::filesystem::path& path, std::string_view head);

// What an unrecognised file looks like, for the message refusing it: "not a known article format:
// first line looks like `e3b0c442…  file.txt` (a checksum list?); use --format to force one".
std::string describe_unrecognised_input(std::string_view head);

}  // namespace morgue
