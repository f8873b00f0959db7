#include "json_lines_upload.hpp"

#include <morgue/article_json.hpp>
#include <morgue/error.hpp>

namespace morgue::serve {

JsonLinesUpload::JsonLinesUpload(std::size_t max_line_bytes, std::size_t batch_size, BatchWriter write)
    : max_line_bytes_(max_line_bytes), batch_size_(std::max<std::size_t>(batch_size, 1)), write_(std::move(write)) {}

void JsonLinesUpload::feed(std::string_view bytes) {
    while (!bytes.empty()) {
        const std::size_t newline = bytes.find('\n');
        const std::string_view part = bytes.substr(0, newline);
        if (!line_too_long_) {
            if (line_.size() + part.size() > max_line_bytes_) {
                line_too_long_ = true;
                line_.clear();
                line_.shrink_to_fit();
            } else {
                line_.append(part);
            }
        }
        if (newline == std::string_view::npos) return;
        end_line();
        bytes.remove_prefix(newline + 1);
    }
}

void JsonLinesUpload::finish() {
    if (!line_.empty() || line_too_long_) end_line();
    flush();
}

void JsonLinesUpload::end_line() {
    const std::size_t number = line_number_++;
    if (line_too_long_) {
        problems_.push_back({number, "line is longer than " + std::to_string(max_line_bytes_) + " bytes"});
    } else if (line_.find_first_not_of(" \t\r") != std::string::npos) {
        try {
            batch_.push_back(article_from_json_line(line_));
            batch_lines_.push_back(number);
        } catch (const Error& e) {
            problems_.push_back({number, e.what()});
        }
    }
    line_.clear();
    line_too_long_ = false;
    if (batch_.size() >= batch_size_) flush();
}

void JsonLinesUpload::flush() {
    if (batch_.empty()) return;
    const std::size_t count = batch_.size();  // the writer may move the articles away
    const std::vector<std::string> refused = write_(batch_, batch_lines_);
    for (std::size_t i = 0; i < count; ++i) {
        if (i < refused.size() && !refused[i].empty()) problems_.push_back({batch_lines_[i], refused[i]});
        else ++written_;
    }
    batch_.clear();
    batch_lines_.clear();
}

}  // namespace morgue::serve
