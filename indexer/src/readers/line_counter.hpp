#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace morgue::readers {

// Line numbers of offsets met in increasing order, counted incrementally: line_at() from the
// start for each record would make a file of many records quadratic. An offset before the last
// one asked for is counted from the start again.
class LineCounter {
public:
    explicit LineCounter(std::string_view text) : text_(text) {}

    // 1-based line of `offset` (clamped to the text).
    std::size_t line_of(std::size_t offset) {
        offset = std::min(offset, text_.size());
        if (offset < offset_) offset_ = 0, line_ = 1;
        line_ += static_cast<std::size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(offset_),
                                                     text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
        offset_ = offset;
        return line_;
    }

private:
    std::string_view text_;
    std::size_t offset_ = 0;
    std::size_t line_ = 1;
};

}  // namespace morgue::readers
