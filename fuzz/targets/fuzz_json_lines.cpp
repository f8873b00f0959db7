// libFuzzer target: the json lines reader on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/json_lines_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "articles.jsonl");
    morgue::fuzz::run_reader(source, morgue::readers::read_json_lines);
    return 0;
}
