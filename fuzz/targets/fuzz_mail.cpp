// libFuzzer target: the mail reader (mbox framing, GMime parsing, field mapping) on arbitrary bytes.
#include "fuzz_support.hpp"
#include "readers/mail_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = morgue::fuzz::repaired_source(data, size, "archive.mbox");
    morgue::fuzz::run_reader(source, morgue::readers::read_mail);
    // Detection must be safe on any head, as detect_input_format calls it on every file.
    (void)morgue::readers::looks_like_mail(source.text);
    return 0;
}
