#pragma once

#include <morgue/article.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace morgue {

// Reads the MessagePack of a stored article straight into an Article, as nlohmann-json's SAX
// events arrive: building a JSON tree first took most of the time of showing a hit.
// The keys are those encode_stored_article writes (the JSON Lines names); others are skipped.
class StoredArticleReader : public nlohmann::json::json_sax_t {
public:
    explicit StoredArticleReader(Article& article) : article_(article) {}

    bool key(string_t& name) override;
    bool string(string_t& value) override;
    bool start_array(std::size_t) override { return ++depth_, true; }
    bool end_array() override { return --depth_, true; }
    bool start_object(std::size_t) override { return ++depth_, true; }
    bool end_object() override { return --depth_, true; }
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception& error) override;

private:
    Article& article_;
    std::string* text_ = nullptr;               // the field the next string goes to
    std::vector<std::string>* list_ = nullptr;  // or the list it is appended to
    bool date_ = false;
    int depth_ = 0;
};

}  // namespace morgue
