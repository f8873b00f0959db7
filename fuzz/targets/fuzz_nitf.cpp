// libFuzzer target: the NITF / NewsML-G2 reader on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/xml/nitf_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "story.nitf");
    morgue::fuzz::run_reader(source, morgue::readers::read_nitf);
    return 0;
}
