// libFuzzer target: the trec sgml reader on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/trec_sgml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "ap880212.sgml");
    morgue::fuzz::run_reader(source, morgue::readers::read_trec_sgml);
    return 0;
}
