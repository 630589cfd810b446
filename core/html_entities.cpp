// html_entities.cpp — decoding of HTML character references.
//
// Input: text after a '&'. Output: appended UTF-8 and the length consumed.
// Named references are found through a hash index built once over the
// generated table in html_entities_table.cpp; numeric ones follow the
// standard's replacement rules. Everything is bounded: a name scan stops
// after kMaxEntityNameLength bytes, a number saturates instead of overflowing.
#include "html_entities.h"

#include <algorithm>

#include "utf8.h"

namespace sift::html {

namespace {

// Numbers are clamped here while parsing: anything above U+10FFFF is
// replaced anyway, so more digits change nothing and cannot overflow.
constexpr std::uint32_t kNumericSaturation = 0x110000;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
int hex_value(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// &#...; — `s` starts at '#'. Returns bytes used (0 when no digits follow).
std::size_t decode_numeric(std::string_view s, std::string& out) {
    std::size_t i = 1;
    const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_start = i;
    std::uint32_t value = 0;
    for (; i < s.size(); ++i) {
        const int d = hex ? hex_value(s[i]) : (is_digit(s[i]) ? s[i] - '0' : -1);
        if (d < 0) break;
        value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d), kNumericSaturation);
    }
    if (i == digits_start) return 0;  // "&#" or "&#x" alone is literal text
    if (i < s.size() && s[i] == ';') ++i;
    utf8::append(out, numeric_reference_code_point(value));
    return i;
}

// An open-addressing hash of the generated table, built on first use: a
// reference costs one hash and about one comparison instead of a binary
// search of ~11 string comparisons, and the legacy fallback in
// decode_char_ref asks up to six times per unknown name ("&utm_source=").
class EntityIndex {
public:
    EntityIndex() {
        for (std::size_t i = 0; i < kNamedEntityCount; ++i) {
            std::size_t slot = hash(named_entity(i).name) & kMask;
            while (slots_[slot] != 0) slot = (slot + 1) & kMask;
            slots_[slot] = static_cast<std::uint16_t>(i + 1);
        }
    }

    std::string_view find(std::string_view name) const {
        for (std::size_t slot = hash(name) & kMask; slots_[slot] != 0; slot = (slot + 1) & kMask) {
            const NamedEntity e = named_entity(slots_[slot] - 1u);
            if (e.name == name) return e.value;
        }
        return {};
    }

private:
    // A power of two at least twice the table (2231 names): short probe runs.
    static constexpr std::size_t kSlots = 4096;
    static constexpr std::size_t kMask = kSlots - 1;
    static_assert(kSlots < 65536, "slots hold 16-bit entry numbers");
    static std::size_t hash(std::string_view s) {  // FNV-1a
        std::uint32_t h = 2166136261u;
        for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h ^ (h >> 15);
    }
    std::uint16_t slots_[kSlots] = {};
};

}  // namespace

std::string_view lookup_named_entity(std::string_view name) {
    static const EntityIndex index;
    return index.find(name);
}

char32_t numeric_reference_code_point(std::uint32_t value) {
    // The standard's table for C1 controls: what windows-1252 put there.
    static constexpr char16_t kWindows1252[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return utf8::kReplacement;
    if (value >= 0x80 && value <= 0x9F) return kWindows1252[value - 0x80];
    return static_cast<char32_t>(value);
}

std::size_t decode_char_ref(std::string_view s, bool in_attribute, std::string& out) {
    if (s.empty()) return 0;
    if (s[0] == '#') return decode_numeric(s, out);
    std::size_t run = 0;
    while (run < s.size() && run < kMaxEntityNameLength && is_alnum(s[run])) ++run;
    if (run == 0) return 0;
    if (run < s.size() && s[run] == ';') {
        const std::string_view v = lookup_named_entity(s.substr(0, run + 1));
        if (!v.empty()) { out += v; return run + 1; }
    }
    // Without a full "name;" match only a legacy name can be a prefix of the
    // run (no other table key lacks ';'): try the longest one first.
    for (std::size_t len = std::min(run, kMaxLegacyEntityNameLength); len > 0; --len) {
        const std::string_view v = lookup_named_entity(s.substr(0, len));
        if (v.empty()) continue;
        if (in_attribute && len < s.size() && (s[len] == '=' || is_alnum(s[len]))) return 0;
        out += v;
        return len;
    }
    return 0;
}

void decode_entities(std::string_view in, bool in_attribute, std::string& out) {
    std::size_t i = 0;
    while (i < in.size()) {
        const std::size_t amp = in.find('&', i);
        if (amp == std::string_view::npos) { out.append(in.data() + i, in.size() - i); return; }
        out.append(in.data() + i, amp - i);
        const std::size_t used = decode_char_ref(in.substr(amp + 1), in_attribute, out);
        if (used == 0) out += '&';
        i = amp + 1 + used;
    }
}

}  // namespace sift::html
