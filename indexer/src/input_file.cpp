#include "input_file.hpp"
#include "utf8_repair.hpp"

#include <morgue/error.hpp>

#include <algorithm>
#include <string_view>

namespace morgue {
namespace {

// The share of control bytes (other than tab, line and page breaks) that makes a block binary.
// Text with a stray NUL stays text.
constexpr std::size_t kBinaryControlPercent = 5;

bool is_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\f' && byte != '\r') || byte == 0x7F;
}

std::size_t first_control(std::string_view block) {
    return static_cast<std::size_t>(std::find_if(block.begin(), block.end(), is_control) - block.begin());
}

bool looks_binary(std::string_view block) {
    const auto controls = std::count_if(block.begin(), block.end(), is_control);
    return !block.empty() && static_cast<std::size_t>(controls) * 100 > block.size() * kBinaryControlPercent;
}

bool has_utf16_bom(std::string_view text) { return text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"); }

// Reads up to `size` more bytes into the end of `text`; false at the end of the stream.
bool read_block(InputStream& stream, std::string& text, std::size_t size) {
    const std::size_t start = text.size();
    text.resize(start + size);
    std::size_t got = 0;
    while (got < size) {
        const std::size_t n = stream.read(text.data() + start + got, size - got);
        if (n == 0) break;
        got += n;
    }
    text.resize(start + got);
    return got == size;
}

std::string mebibytes(std::size_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB"; }

// The whole (decompressed) text, a block at a time: the first block is judged before any more is
// read, and reading stops at the size limit or at a block of binary data.
std::string read_text(const std::filesystem::path& path, InputStream& stream, const InputOptions& options,
                      std::vector<ReadProblem>& problems) {
    std::string text;
    bool more = read_block(stream, text, std::min(kSniffBytes, options.max_bytes));
    const bool utf16 = has_utf16_bom(text);  // its ASCII letters come with NUL bytes
    if (!utf16 && looks_binary(text))
        throw InputError(path.string() + ": binary data, not text (more than " + std::to_string(kBinaryControlPercent) +
                         "% of the first bytes are control characters); skipped" +
                         (*stream.compression() ? " after decompressing only its first " + std::to_string(text.size()) + " bytes" : ""));
    while (more) {
        const std::size_t block_start = text.size();
        if (block_start >= options.max_bytes) {
            std::string one_more;
            if (!read_block(stream, one_more, 1) && one_more.empty()) break;  // exactly at the limit
            problems.push_back({path.string(), 0, block_start,
                                std::string(*stream.compression() ? "decompressed data" : "input") + " is larger than morgue's limit of " +
                                    mebibytes(options.max_bytes) + " per file: read only its first " + std::to_string(block_start) +
                                    " bytes; split it into smaller files to index the rest",
                                ReadProblem::Severity::ArticleSkipped});
            break;
        }
        more = read_block(stream, text, std::min(kSniffBytes, options.max_bytes - block_start));
        // A short last block says little: Reuters ends its records with a control character.
        const std::string_view block = std::string_view(text).substr(block_start);
        if (!utf16 && block.size() >= kSniffBytes / 16 && looks_binary(block)) {
            const std::size_t binary_from = block_start + first_control(block);  // the text before it is kept
            text.resize(binary_from);
            problems.push_back({path.string(), 0, binary_from,
                                "binary data from here on (more than " + std::to_string(kBinaryControlPercent) +
                                    "% control characters): the rest of the file is skipped; the articles before it are read",
                                ReadProblem::Severity::ArticleSkipped});
            break;
        }
    }
    for (auto& problem : stream.problems()) problems.push_back(std::move(problem));
    return text;
}

}  // namespace

LoadedInput load_input(const std::filesystem::path& path, const InputOptions& options) {
    LoadedInput input;
    input.source.path = path.string();
    const auto stream = open_input_stream(path, options.max_bytes, options.pipe_timeout);
    input.compression = stream->compression();
    input.source.text = read_text(path, *stream, options, input.problems);
    input.charset = repair_utf8(input.source.text, input.source.path, input.problems, options.charset);
    return input;
}

}  // namespace morgue
