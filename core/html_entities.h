// html_entities.h — HTML character references (&amp; &#233; &#x1F600; &not).
//
// Input: the bytes right after a '&' in HTML text or an attribute value.
// Output: the UTF-8 the reference stands for, as the HTML standard's tokenizer
// decodes it (longest named match, legacy names without ';', numeric
// replacements). The named table is generated: tools/gen_html_entities.py
// writes html_entities_table.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sift::html {

struct NamedEntity {
    std::string_view name;   // as written after '&', e.g. "amp;" or legacy "amp"
    std::string_view value;  // UTF-8, one or two code points
};

// The generated table (html_entities_table.cpp), sorted by name (byte order):
// names and values back to back in kNamedEntityText, one PackedEntity each.
struct PackedEntity {
    std::uint16_t offset;      // of the name in kNamedEntityText; the value follows it
    std::uint8_t name_length;
    std::uint8_t value_length;
};
extern const char kNamedEntityText[];
extern const PackedEntity kPackedEntities[];
extern const std::size_t kNamedEntityCount;

// Entry i of the table, i < kNamedEntityCount.
inline NamedEntity named_entity(std::size_t i) {
    const PackedEntity& e = kPackedEntities[i];
    const char* name = kNamedEntityText + e.offset;
    return {std::string_view(name, e.name_length), std::string_view(name + e.name_length, e.value_length)};
}

// Longest name in the table ("CounterClockwiseContourIntegral;"): nothing
// longer can match, so scanning a name stops here.
inline constexpr std::size_t kMaxEntityNameLength = 32;
// Longest legacy name that may appear without ';' ("middot", "curren" ...).
inline constexpr std::size_t kMaxLegacyEntityNameLength = 6;

// Exact lookup ("amp;", "amp", "NotEqualTilde;"); empty view when unknown.
std::string_view lookup_named_entity(std::string_view name);

// The code point a numeric reference &#N; yields: 0, surrogates and values
// beyond U+10FFFF become U+FFFD; 0x80-0x9F are remapped as windows-1252.
char32_t numeric_reference_code_point(std::uint32_t value);

// Decodes the reference whose text starts at `s` (the byte after '&').
// Appends the result to `out` and returns how many bytes of `s` it used;
// returns 0 (appending nothing) when `s` starts no reference, so the caller
// keeps the '&' literally. In attribute values a legacy name followed by '='
// or an alphanumeric is left alone, as the standard says ("?a=1&copy=2").
std::size_t decode_char_ref(std::string_view s, bool in_attribute, std::string& out);

// Appends `in` to `out` with every character reference decoded.
void decode_entities(std::string_view in, bool in_attribute, std::string& out);

}  // namespace sift::html
