// keyword_scan.cpp — scan_words' rules with a byte-table fast path.
//
// Input: UTF-8 text. Output: WordSpans (see keyword_scan.h). The scanner
// alternates between a gap loop (one character at a time, until a word or
// CJK character starts a span) and a span loop that runs to the span's end;
// ASCII bytes are classified by one table lookup, other characters decoded.
#include "keyword_scan.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "utf8.h"

namespace sift {
namespace {

// What an ASCII byte does to the scanner.
enum ByteClass : std::uint8_t { kOther, kWordByte, kSpaceByte, kHyphenByte };

constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
    std::array<std::uint8_t, 256> classes{};  // bytes of multi-byte characters stay kOther
    for (int c = 'a'; c <= 'z'; ++c) classes[c] = kWordByte;
    for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kWordByte;
    for (int c = '0'; c <= '9'; ++c) classes[c] = kWordByte;
    for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'}) classes[static_cast<unsigned char>(c)] = kSpaceByte;
    classes['-'] = kHyphenByte;
    return classes;
}();

ByteClass byte_class(char b) { return static_cast<ByteClass>(kByteClasses[static_cast<unsigned char>(b)]); }

// scan_words' word characters (letters outside CJK, digits, combining marks).
bool is_word_char(char32_t c) {
    return (utf8::is_letter(c) && !utf8::is_cjk(c)) || utf8::is_digit(c) || (c >= 0x300 && c <= 0x36F);
}

// Eight bytes at p in text order from the lowest byte up.
std::uint64_t load_eight(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

// How many of the eight bytes in `v` (lowest first) are ASCII letters or
// digits before the first that is not (8 when all are). Each byte is
// range-tested in its own lane: with its top bit cleared first, no lane
// carries into the next.
std::size_t leading_word_bytes(std::uint64_t v) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = kOnes * 0x80, kLow7 = kOnes * 0x7F;
    const auto in_range = [](std::uint64_t x, unsigned lo, unsigned hi) {  // per lane: lo <= x <= hi, x < 0x80
        return (x + kOnes * (0x80 - lo)) & ~(x + kOnes * (0x7F - hi)) & kHigh;
    };
    const std::uint64_t x = v & kLow7;
    const std::uint64_t word = (in_range(x | kOnes * 0x20, 'a', 'z') | in_range(x, '0', '9')) & ~v;
    const std::uint64_t other = ~word & kHigh;
    return other == 0 ? 8 : static_cast<std::size_t>(__builtin_ctzll(other)) / 8;
}

// The end of the word whose characters before `i` are in it: ASCII letters
// and digits run on eight bytes at a time (a word ends within its first
// eight bytes almost always, so the loop mostly runs once), other characters
// are decoded; an apostrophe stays inside when a word character follows it
// ("don't", "l'état").
std::size_t word_end(std::string_view text, std::size_t i) {
    const std::size_t size = text.size();
    for (;;) {
        for (;;) {
            if (i + 8 > size) {
                while (i < size && byte_class(text[i]) == kWordByte) ++i;
                break;
            }
            const std::size_t run = leading_word_bytes(load_eight(text.data() + i));
            i += run;
            if (run < 8) break;
        }
        if (i == size) return i;
        std::size_t next = i;
        const char32_t c = utf8::next_codepoint(text, next);
        if (c >= 0x80 && !utf8::is_cjk(c) && is_word_char(c)) { i = next; continue; }
        if ((c == '\'' || c == 0x2019) && next < size) {
            std::size_t after = next;
            if (is_word_char(utf8::next_codepoint(text, after))) { i = next; continue; }
        }
        return i;
    }
}

std::size_t cjk_end(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        std::size_t next = i;
        if (!utf8::is_cjk(utf8::next_codepoint(text, next))) break;
        i = next;
    }
    return i;
}

}  // namespace

void scan_keyword_spans(std::string_view text, std::vector<WordSpan>& out) {
    bool joined_gap = true;  // only white space / hyphens since the last span
    bool hyphen_gap = false; // a hyphen among them
    bool have_prev = false;
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const std::size_t begin = i;
        bool cjk = false;
        const char b = text[i];
        if (static_cast<unsigned char>(b) < 0x80) {
            ++i;
            const ByteClass cls = byte_class(b);
            if (cls == kSpaceByte) continue;
            if (cls == kHyphenByte) { hyphen_gap = true; continue; }
            if (cls != kWordByte) { joined_gap = false; continue; }
        } else {
            const char32_t c = utf8::next_codepoint_multibyte(text, i);
            cjk = utf8::is_cjk(c);
            if (!cjk && !is_word_char(c)) {
                if (c == 0x2010) hyphen_gap = true;
                else if (!utf8::is_space(c)) joined_gap = false;
                continue;
            }
        }
        WordSpan span;
        span.begin = static_cast<std::uint32_t>(begin);
        span.cjk = cjk;
        span.joined = have_prev && joined_gap;
        span.hyphenated = span.joined && hyphen_gap;
        i = cjk ? cjk_end(text, i) : word_end(text, i);
        span.end = static_cast<std::uint32_t>(i);
        out.push_back(span);
        have_prev = true;
        joined_gap = true;
        hyphen_gap = false;
    }
}

}  // namespace sift
