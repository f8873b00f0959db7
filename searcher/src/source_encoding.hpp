#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace morgue {

// How the searcher's posting sources and match spies write their parameters for Xapian's remote
// backend (serialise/unserialise): each number as its length, then Xapian's portable encoding.
void put_number(std::string& out, double number);
void put_text(std::string& out, const std::string& text);

// Reads what put_number and put_text wrote; every malformed input is a Xapian::SerialisationError
// naming `what` (a remote shard's bytes are never trusted to be well formed).
class NumberReader {
public:
    NumberReader(const std::string& serialised, const char* what) : in_(serialised), what_(what) {}

    double number();
    // A number that must be a whole count no larger than the bytes left could hold.
    std::size_t count();
    // A whole number not below zero (a count of documents, which bytes left do not bound).
    std::uint64_t tally();
    Xapian::docid docid();
    // A whole number that fits an int (a facet's period key, which may be below zero).
    int whole_int();
    std::string text();
    bool done() const { return at_ == in_.size(); }
    void finish() const;  // throws if bytes are left over

private:
    [[noreturn]] void fail(const char* why) const;

    const std::string& in_;
    const char* what_;
    std::size_t at_ = 0;
};

}  // namespace morgue
