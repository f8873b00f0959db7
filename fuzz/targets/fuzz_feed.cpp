// libFuzzer target: the RSS/Atom feed reader (and the HTML fragments it reads) on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/xml/feed_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "feed.rss");
    morgue::fuzz::run_reader(source, morgue::readers::read_feed);
    return 0;
}
