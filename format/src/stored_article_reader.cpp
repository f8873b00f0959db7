#include "stored_article_reader.hpp"

#include <morgue/date.hpp>
#include <morgue/error.hpp>

#include <msgpack.h>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace morgue {
namespace {

[[noreturn]] void corrupt(const std::string& why) { throw Error("stored article is corrupt: " + why); }

std::string_view text_of(const msgpack_object& object) { return {object.via.str.ptr, object.via.str.size}; }

void read_text(const msgpack_object& value, std::string& field) {
    if (value.type == MSGPACK_OBJECT_STR) field.assign(text_of(value));
}

void read_list(const msgpack_object& value, std::vector<std::string>& field) {
    if (value.type != MSGPACK_OBJECT_ARRAY) return;
    for (const msgpack_object& item : std::span(value.via.array.ptr, value.via.array.size))
        if (item.type == MSGPACK_OBJECT_STR) field.emplace_back(text_of(item));
}

void read_field(std::string_view key, const msgpack_object& value, Article& article) {
    if (key == "id") read_text(value, article.id);
    else if (key == "headline") read_text(value, article.headline);
    else if (key == "byline") read_list(value, article.byline);
    else if (key == "source") read_text(value, article.source);
    else if (key == "date") {
        if (value.type == MSGPACK_OBJECT_STR) article.date = parse_date(std::string(text_of(value)));
    } else if (key == "dateline") read_text(value, article.dateline);
    else if (key == "section") read_text(value, article.section);
    else if (key == "body") read_text(value, article.body);
    else if (key == "topics") read_list(value, article.topics);
    else if (key == "places") read_list(value, article.places);
    else if (key == "lang") read_text(value, article.language);
}

}  // namespace

Article read_stored_article(const char* packed, std::size_t size) {
    msgpack_unpacked unpacked;
    msgpack_unpacked_init(&unpacked);
    const std::unique_ptr<msgpack_unpacked, decltype(&msgpack_unpacked_destroy)> release(&unpacked, &msgpack_unpacked_destroy);
    std::size_t offset = 0;
    const msgpack_unpack_return status = msgpack_unpack_next(&unpacked, packed, size, &offset);
    if (status != MSGPACK_UNPACK_SUCCESS) corrupt(status == MSGPACK_UNPACK_CONTINUE ? "truncated" : "not MessagePack");
    if (offset != size) corrupt("trailing bytes");
    const msgpack_object& map = unpacked.data;
    if (map.type != MSGPACK_OBJECT_MAP) corrupt("not a map");
    Article article;
    for (const msgpack_object_kv& entry : std::span(map.via.map.ptr, map.via.map.size)) {
        if (entry.key.type != MSGPACK_OBJECT_STR) corrupt("a key is not a string");
        read_field(text_of(entry.key), entry.val, article);
    }
    return article;
}

}  // namespace morgue
