// json_reader.h — a small strict JSON (RFC 8259) reader for the two places the
// core reads JSON: JSON-LD in HTML pages (html_meta.cpp) and the options object
// of the wasm bindings (options_from_json in json_output.cpp).
//
// It accepts exactly what nlohmann/json 3.11 (which both used before, and
// which the wasm no longer links) accepts with parse(..., nullptr, false):
// one value, optionally preceded by a UTF-8 byte order mark and surrounded by
// JSON white space, and ended by the end of the text or by a NUL byte (what
// follows a NUL is ignored, as nlohmann did); strictly valid UTF-8 in strings, every escape, surrogate
// pairs joined, lone surrogates refused; numbers classified as nlohmann does
// (unsigned, signed or float) and refused when they round to infinity as a
// double. No recursion (any depth is read with a heap stack), linear time, no
// exceptions, no strtod.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sift::json_reader {

enum class Kind : unsigned char {
    Null,
    Boolean,
    Unsigned,  // digits only, within uint64
    Integer,   // '-' and digits, within int64 ("-0" is one)
    Float,     // a fraction or an exponent, or an integer too big for the above
    String,
    Array,
    Object,
};

// One value of a document. A document is a vector of them in document order:
// an array or object is followed by its elements or members, each followed by
// its own, so `size` (this value and everything inside it) steps to the next
// sibling.
struct Value {
    Kind kind = Kind::Null;
    bool boolean = false;
    std::size_t size = 1;      // (before `number`: 32 bytes a value in the wasm, not 40)
    std::uint64_t number = 0;  // Unsigned: the value; Integer: the value in two's complement
    // Views into the parsed text, or into the document's buffer where escapes
    // had to be decoded: valid as long as both.
    std::string_view key;   // the member name, when this value is a member of an object
    std::string_view text;  // String: the decoded UTF-8

    // The elements of an array or the members of an object, in document order
    // (none for anything else).
    struct Iterator {
        const Value* at;
        const Value& operator*() const { return *at; }
        const Value* operator->() const { return at; }
        Iterator& operator++() { at += at->size; return *this; }
        bool operator!=(const Iterator& other) const { return at != other.at; }
    };
    Iterator begin() const { return {this + 1}; }
    Iterator end() const { return {this + size}; }

    // The member called `name` of an object, the last one if the name repeats
    // (as nlohmann/json keeps it); nullptr if there is none or this is not an object.
    const Value* find(std::string_view name) const;
};

class Document {
public:
    // Reads `text` as one JSON value; false (and an empty document) for
    // anything that is not valid JSON. `text` must outlive the values: strings
    // without escapes are views into it.
    bool parse(std::string_view text);
    const Value& root() const { return values_.front(); }  // after a successful parse

private:
    bool read(std::string_view text);
    std::vector<Value> values_;
    std::string decoded_;  // strings with escapes, decoded
};

}  // namespace sift::json_reader
