#include <morgue/error.hpp>
#include <morgue/input_format.hpp>

#include "readers/csv/csv_columns.hpp"
#include "readers/xml/news_xml_detection.hpp"
#include "readers/mail_detection.hpp"
#include "readers/web_format_detection.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace morgue {
namespace {

constexpr std::array<std::pair<InputFormat, std::string_view>, 11> kNames{{
    {InputFormat::Auto, "auto"},
    {InputFormat::ReutersSgml, "reuters"},
    {InputFormat::TrecSgml, "trec"},
    {InputFormat::NewsPage, "page"},
    {InputFormat::JsonLines, "jsonl"},
    {InputFormat::Feed, "feed"},
    {InputFormat::Nitf, "nitf"},
    {InputFormat::Csv, "csv"},
    {InputFormat::Mail, "mail"},
    {InputFormat::Html, "html"},
    {InputFormat::Warc, "warc"},
}};

bool contains_tag(std::string_view head, std::string_view tag) {
    auto it = std::search(head.begin(), head.end(), tag.begin(), tag.end(),
                          [](char a, char b) { return std::toupper(static_cast<unsigned char>(a)) == b; });
    return it != head.end();
}

std::string lower_extension(std::filesystem::path path) {
    if (path.extension() == ".gz" || path.extension() == ".zst") path = path.stem();
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

}  // namespace

InputFormat parse_input_format(std::string_view name) {
    for (auto [format, format_name] : kNames)
        if (format_name == name) return format;
    throw Error("unknown input format '" + std::string(name) + "' (formats: auto, reuters, trec, page, jsonl, feed, nitf, csv, mail, html, warc)");
}

std::string_view input_format_name(InputFormat format) {
    for (auto [f, name] : kNames)
        if (f == format) return name;
    return "unknown";
}

InputFormat detect_input_format(const std::filesystem::path& path, std::string_view head) {
    if (readers::looks_like_mail(head)) return InputFormat::Mail;  // first: a body may quote <DOC>
    if (readers::looks_like_warc(head)) return InputFormat::Warc;
    if (readers::xml::looks_like_feed(head)) return InputFormat::Feed;
    if (readers::xml::looks_like_nitf(head)) return InputFormat::Nitf;
    if (readers::looks_like_html(head)) return InputFormat::Html;
    if (contains_tag(head, "<REUTERS")) return InputFormat::ReutersSgml;
    if (contains_tag(head, "<DOC>")) return InputFormat::TrecSgml;
    const auto ext = lower_extension(path);
    if (readers::csv::looks_like_csv(path, head)) return InputFormat::Csv;
    if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return InputFormat::JsonLines;
    if (ext == ".sgm" || ext == ".sgml") return InputFormat::TrecSgml;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
    if (ext == ".warc") return InputFormat::Warc;
    auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string_view::npos && (head[first] == '{' || head[first] == '[')) return InputFormat::JsonLines;
    return InputFormat::NewsPage;
}

}  // namespace morgue
