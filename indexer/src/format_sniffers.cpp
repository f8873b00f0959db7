#include "format_sniffers.hpp"
#include "prose_sniffer.hpp"
#include "readers/sgml_text.hpp"
#include "readers/trec_sgml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace morgue::sniff {
namespace {

bool blank(std::string_view head) { return head.find_first_not_of(" \t\r\n\f\xEF\xBB\xBF") == std::string_view::npos; }

std::string lower_extension(std::filesystem::path path) {
    if (path.extension() == ".gz" || path.extension() == ".zst") path = path.stem();
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

}  // namespace

bool reuters_sgml(const std::filesystem::path&, std::string_view head) {
    return readers::sgml::find_start_tag(head, "REUTERS") != std::string_view::npos;
}

bool html_by_name(const std::filesystem::path& path, std::string_view head) {
    const std::string ext = lower_extension(path);
    const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return (ext == ".html" || ext == ".htm" || ext == ".xhtml") && first != std::string_view::npos && head[first] == '<';
}

bool trec_sgml(const std::filesystem::path&, std::string_view head) {
    const std::size_t doc = readers::sgml::find_start_tag(head, "DOC");
    if (doc == std::string_view::npos) return false;
    const std::string_view records = head.substr(doc);
    const auto& tags = readers::trec_known_tags();
    return std::any_of(tags.begin(), tags.end(),
                       [&](std::string_view tag) { return readers::sgml::find_start_tag(records, tag) != std::string_view::npos; });
}

bool json_lines(const std::filesystem::path& path, std::string_view head) {
    const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string_view::npos) {
        const std::string ext = lower_extension(path);
        return ext == ".jsonl" || ext == ".ndjson" || ext == ".json";
    }
    return head[first] == '{' || head[first] == '[';
}

bool news_page(const std::filesystem::path&, std::string_view head) { return blank(head) || looks_like_prose(head); }

}  // namespace morgue::sniff
