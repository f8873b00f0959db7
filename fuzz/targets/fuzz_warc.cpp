// libFuzzer target: the WARC reader (records, HTTP responses, the pages in them) on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/warc_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "crawl.warc");
    morgue::fuzz::run_reader(source, morgue::readers::read_warc);
    return 0;
}
