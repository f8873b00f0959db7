#pragma once

#include <filesystem>
#include <string_view>

namespace morgue {

enum class InputFormat {
    Auto,        // decided per file from its name and first bytes
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

// The format of a file from its (decompressed) first bytes, falling back to its extension.
InputFormat detect_input_format(const std::filesystem::path& path, std::string_view head);

}  // namespace morgue
