// libFuzzer target: the byline parser never throws, and names nothing empty.
#include "fuzz_support.hpp"

#include <morgue/byline.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using morgue::fuzz::require;
    const auto source = morgue::fuzz::repaired_source(data, size, "byline");
    const morgue::ParsedByline byline = morgue::parse_byline(source.text);
    for (const auto& name : byline.names) require(!name.empty() && morgue::fuzz::is_valid_utf8(name));
    require(morgue::fuzz::is_valid_utf8(byline.source));
    return 0;
}
