#include "source_encoding.hpp"

#include <cmath>
#include <limits>

namespace morgue {

void put_number(std::string& out, double number) {
    const std::string encoded = Xapian::sortable_serialise(number);
    out += static_cast<char>(encoded.size());
    out += encoded;
}

void put_text(std::string& out, const std::string& text) {
    put_number(out, static_cast<double>(text.size()));
    out += text;
}

void NumberReader::fail(const char* why) const {
    throw Xapian::SerialisationError(std::string("bad ") + what_ + ": " + why);
}

double NumberReader::number() {
    if (at_ >= in_.size()) fail("too short");
    const auto size = static_cast<unsigned char>(in_[at_++]);
    if (size > in_.size() - at_) fail("too short");
    const double value = Xapian::sortable_unserialise(in_.substr(at_, size));
    at_ += size;
    return value;
}

std::size_t NumberReader::count() {
    const double value = number();
    if (!(value >= 0) || value != std::floor(value) || value > static_cast<double>(in_.size() - at_)) fail("bad count");
    return static_cast<std::size_t>(value);
}

std::uint64_t NumberReader::tally() {
    const double value = number();
    if (!(value >= 0) || value != std::floor(value) || value > 9.0e15) fail("bad count");
    return static_cast<std::uint64_t>(value);
}

Xapian::docid NumberReader::docid() {
    const double value = number();
    if (!(value >= 0) || value != std::floor(value) || value > std::numeric_limits<Xapian::docid>::max())
        fail("bad document id");
    return static_cast<Xapian::docid>(value);
}

int NumberReader::whole_int() {
    const double value = number();
    if (!(value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max()) ||
        value != std::floor(value))
        fail("bad whole number");
    return static_cast<int>(value);
}

std::string NumberReader::text() {
    const std::size_t size = count();
    std::string value = in_.substr(at_, size);
    at_ += size;
    return value;
}

void NumberReader::finish() const {
    if (!done()) fail("bytes left over");
}

}  // namespace morgue
