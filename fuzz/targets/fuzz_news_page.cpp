// libFuzzer target: the news page reader on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/news_page_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "page.txt");
    morgue::fuzz::run_reader(source, morgue::readers::read_news_page);
    return 0;
}
