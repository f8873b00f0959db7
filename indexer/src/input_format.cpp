#include "format_sniffers.hpp"
#include "prose_sniffer.hpp"

#include <morgue/alternatives.hpp>
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

struct FormatSniffer {
    InputFormat format;
    bool (*recognises)(const std::filesystem::path& path, std::string_view head);
};

// Asked in this order; the first that recognises a file decides. Formats with markup of their own
// come first; the plain-text page, which needs only prose, comes last. A new format is one line.
constexpr std::array kSniffers{
    // Mail first: a message may quote <DOC> or HTML.
    FormatSniffer{InputFormat::Mail, [](const std::filesystem::path&, std::string_view head) { return readers::looks_like_mail(head); }},
    FormatSniffer{InputFormat::Warc, [](const std::filesystem::path&, std::string_view head) { return readers::looks_like_warc(head); }},
    FormatSniffer{InputFormat::Feed, [](const std::filesystem::path&, std::string_view head) { return readers::xml::looks_like_feed(head); }},
    FormatSniffer{InputFormat::Nitf, [](const std::filesystem::path&, std::string_view head) { return readers::xml::looks_like_nitf(head); }},
    FormatSniffer{InputFormat::Html, [](const std::filesystem::path&, std::string_view head) { return readers::looks_like_html(head); }},
    FormatSniffer{InputFormat::Html, sniff::html_by_name},
    FormatSniffer{InputFormat::ReutersSgml, sniff::reuters_sgml},
    FormatSniffer{InputFormat::TrecSgml, sniff::trec_sgml},
    FormatSniffer{InputFormat::Csv, readers::csv::looks_like_csv},
    FormatSniffer{InputFormat::JsonLines, sniff::json_lines},
    FormatSniffer{InputFormat::NewsPage, sniff::news_page},
};

}  // namespace

InputFormat parse_input_format(std::string_view name) {
    for (auto [format, format_name] : kNames)
        if (format_name == name) return format;
    throw Error("unknown input format '" + std::string(name) + "' (formats: " + alternatives(input_format_names()) + ")");
}

std::vector<std::string> input_format_names() {
    std::vector<std::string> names;
    for (auto [format, name] : kNames) names.emplace_back(name);
    return names;
}

std::string_view input_format_name(InputFormat format) {
    for (auto [f, name] : kNames)
        if (f == format) return name;
    return "unknown";
}

InputFormat detect_input_format(const std::filesystem::path& path, std::string_view head) {
    for (const FormatSniffer& sniffer : kSniffers)
        if (sniffer.recognises(path, head)) return sniffer.format;
    return InputFormat::Auto;
}

std::string describe_unrecognised_input(std::string_view head) {
    return "not a known article format: " + describe_text_shape(head) + "; use --format to force one";
}

}  // namespace morgue
