#pragma once

#include <filesystem>
#include <string_view>

// One sniffer per input format: does a file, by its first (decoded) bytes, look like this format
// with confidence? detect_input_format asks them in order (input_format.cpp). A sniffer may look
// at the name too, but never decides on the name alone.
namespace morgue::sniff {

// <REUTERS ...> elements.
bool reuters_sgml(const std::filesystem::path& path, std::string_view head);
// A page saved without its <html> head still says what it is: by its name (.html, .htm, .xhtml)
// and by starting with markup.
bool html_by_name(const std::filesystem::path& path, std::string_view head);
// <DOC> records holding at least one tag the TREC reader knows (DOCNO, TEXT, HEADLINE, ... and
// the synonyms of pseudo-XML archives: url, title, contenttitle, content, body).
bool trec_sgml(const std::filesystem::path& path, std::string_view head);
// A JSON object (or array) first; an empty .jsonl file too.
bool json_lines(const std::filesystem::path& path, std::string_view head);
// Prose (see looks_like_prose); an empty file too, which the page reader reports as empty.
bool news_page(const std::filesystem::path& path, std::string_view head);

}  // namespace morgue::sniff
