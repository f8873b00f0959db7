#pragma once

#include <morgue/article.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace morgue::serve {

// A POST /articles body (JSON Lines, as morgue-index reads) parsed as it arrives, so that memory
// follows the longest article, not the body: complete lines become articles handed on in batches,
// and every line that is not an article is reported with its number, never dropped silently.
class JsonLinesUpload {
public:
    struct Problem {
        std::size_t line;     // 1-based
        std::string message;  // what is wrong, as morgue-index would say it
    };
    // Receives each batch of articles with their line numbers; returns, per article, empty when it
    // was written or why it was refused.
    using BatchWriter =
        std::function<std::vector<std::string>(std::vector<Article>& articles, const std::vector<std::size_t>& lines)>;

    JsonLinesUpload(std::size_t max_line_bytes, std::size_t batch_size, BatchWriter write);

    void feed(std::string_view bytes);
    // The last line (without a final newline) and the last batch.
    void finish();

    std::size_t articles_written() const { return written_; }
    const std::vector<Problem>& problems() const { return problems_; }

private:
    void end_line();
    void flush();

    const std::size_t max_line_bytes_;
    const std::size_t batch_size_;
    BatchWriter write_;
    std::string line_;
    std::size_t line_number_ = 1;
    bool line_too_long_ = false;
    std::vector<Article> batch_;
    std::vector<std::size_t> batch_lines_;
    std::size_t written_ = 0;
    std::vector<Problem> problems_;
};

}  // namespace morgue::serve
