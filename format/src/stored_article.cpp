#include <morgue/article_json.hpp>
#include <morgue/error.hpp>
#include <morgue/stored_article.hpp>

#include "stored_article_reader.hpp"

#include <nlohmann/json.hpp>
#include <zstd.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace morgue {
namespace {

// Small inputs compress about as well at level 3 as at higher levels, and much faster.
constexpr int kZstdLevel = 3;

// ZSTD_compress/ZSTD_decompress set up a fresh context per call, which costs more than the work
// on one article (a third of a rare-term query's time went there), so each thread keeps its own.
ZSTD_CCtx* compression_context() {
    thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    return context.get();
}

ZSTD_DCtx* decompression_context() {
    thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    return context.get();
}

}  // namespace

std::string encode_stored_article(const Article& article) {
    const std::vector<std::uint8_t> packed = nlohmann::json::to_msgpack(nlohmann::json(article));
    std::string out(ZSTD_compressBound(packed.size()), '\0');
    const std::size_t size =
        ZSTD_compressCCtx(compression_context(), out.data(), out.size(), packed.data(), packed.size(), kZstdLevel);
    if (ZSTD_isError(size)) throw Error(std::string("cannot compress article: ") + ZSTD_getErrorName(size));
    out.resize(size);
    return out;
}

Article decode_stored_article(std::string_view data) {
    const unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        throw Error("document data is not a stored morgue article");
    thread_local std::string packed;
    packed.resize(size);
    const std::size_t got =
        ZSTD_decompressDCtx(decompression_context(), packed.data(), packed.size(), data.data(), data.size());
    if (ZSTD_isError(got) || got != size) throw Error("stored article is corrupt");
    return read_stored_article(packed.data(), packed.size());
}

}  // namespace morgue
