// libFuzzer target: the CSV/TSV reader on arbitrary bytes, with and without a --field-map.
#include "fuzz_support.hpp"
#include "readers/csv/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "articles.csv");
    static const morgue::readers::csv::FieldMap field_map = morgue::readers::csv::parse_field_map({"a=headline,b=body"});
    morgue::fuzz::run_reader(source, [](const auto& s, const auto& c) { morgue::readers::read_csv(s, c); });
    morgue::fuzz::run_reader(source, [](const auto& s, const auto& c) { morgue::readers::read_csv(s, c, field_map); });
    return 0;
}
