#include "bad_inputs.hpp"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <fstream>
#include <random>
#include <stdexcept>

namespace morgue::robustness::bad_inputs {

std::string binary_bytes() {
    std::mt19937 random(21578);
    std::string bytes(100 * 1024, '\0');
    for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
    return bytes;
}

std::string invalid_utf8_jsonl() {
    return "{\"id\":\"u1\",\"headline\":\"caf\xC3\xA9 molybdenum\",\"body\":\"a stray \xFF byte\"}\n"
           "{\"id\":\"u2\",\"headline\":\"clean line\"}\n";
}

std::string nul_jsonl() {
    return std::string("{\"id\":\"n1\",\"headline\":\"nul") + '\0' + "inside tungsten\",\"body\":\"x\"}\n" +
           "{\"id\":\"n2\",\"headline\":\"after the nul\"}\n";
}

std::string utf16_jsonl(bool little_endian) {
    const std::string utf8 = "{\"id\":\"w1\",\"headline\":\"utf sixteen vanadium\",\"body\":\"b\"}\n";
    std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (char c : utf8) {  // ASCII only, so each character is one UTF-16 unit
        out += little_endian ? std::string{c, '\0'} : std::string{'\0', c};
    }
    return out;
}

std::string huge_line_jsonl(std::size_t bytes) {
    std::string body;
    body.reserve(bytes);
    while (body.size() < bytes) body += "cobalt ";
    return nlohmann::json{{"id", "big1"}, {"headline", "one huge line"}, {"body", body}}.dump() + "\n" +
           nlohmann::json{{"id", "big2"}, {"headline", "small after huge"}}.dump() + "\n";
}

std::string huge_line_page(std::size_t bytes) {
    std::string page = "A page with a huge line\n\n";
    page.reserve(bytes + 100);
    while (page.size() < bytes) page += "Iridium ore is mined. ";  // prose, or the page would be refused
    return page + "\n";
}

std::string many_articles_jsonl(int articles) {
    std::mt19937 random(7);
    std::string text;
    for (int i = 1; i <= articles; ++i) {
        std::string noise;  // incompressible, so that half of the .gz is about half of the text
        for (int k = 0; k < 300; ++k) noise += static_cast<char>('a' + random() % 26);
        text += nlohmann::json{{"id", "gz" + std::to_string(i)}, {"headline", "gzip article"}, {"body", noise}}.dump() + "\n";
    }
    return text;
}

std::string gzip(const std::string& text) {
    z_stream zs{};
    if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("deflateInit2");
    std::string out(deflateBound(&zs, static_cast<uLong>(text.size())), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    zs.avail_in = static_cast<uInt>(text.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) throw std::runtime_error("deflate");
    out.resize(zs.total_out);
    return out;
}

std::string ten_thousand_bylines_jsonl() {
    std::string byline = "By ";
    nlohmann::json names = nlohmann::json::array();
    for (int i = 0; i < 10'000; ++i) {
        byline += (i ? ", " : "") + ("Writer" + std::to_string(i) + " Person");
        names.push_back("Listed" + std::to_string(i) + " Author");
    }
    return nlohmann::json{{"id", "by1"}, {"headline", "many writers"}, {"byline", byline}}.dump() + "\n" +
           nlohmann::json{{"id", "by2"}, {"headline", "many listed"}, {"byline", names}}.dump() + "\n";
}

void make_symlink_loop_folder(const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder / "sub");
    std::ofstream(folder / "sub" / "good.jsonl") << "{\"id\":\"loop1\",\"headline\":\"inside the loop folder\"}\n";
    std::filesystem::create_directory_symlink("..", folder / "sub" / "up");
    std::filesystem::create_directory_symlink("../sub", folder / "sub" / "again");
    std::filesystem::create_symlink("self", folder / "self");  // a link to itself: ELOOP
}

}  // namespace morgue::robustness::bad_inputs
