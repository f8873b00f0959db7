// libFuzzer target: the HTML page reader on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/html_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "page.html");
    morgue::fuzz::run_reader(source, morgue::readers::read_html);
    return 0;
}
