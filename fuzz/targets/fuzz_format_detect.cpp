// libFuzzer target: content-based format recognition (every sniffer, in order) and the message
// describing an unrecognised file, on bytes repaired to UTF-8 as load_input does.
#include "fuzz_support.hpp"

#include <morgue/input_format.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using morgue::fuzz::require;
    const morgue::readers::SourceText source = morgue::fuzz::repaired_source(data, size, "in.txt");
    const std::string_view head = std::string_view(source.text).substr(0, morgue::kFormatSniffBytes);
    const morgue::InputFormat format = morgue::detect_input_format(source.path, head);
    if (format == morgue::InputFormat::Auto) {
        const std::string message = morgue::describe_unrecognised_input(head);
        require(morgue::fuzz::is_valid_utf8(message));
        require(message.starts_with("not a known article format: "));
    }
    return 0;
}
