// libFuzzer target: the reuters sgml reader on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/reuters_sgml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "reut2-000.sgm");
    morgue::fuzz::run_reader(source, morgue::readers::read_reuters_sgml);
    return 0;
}
