// feature_ascii.h — ASCII classes for the feature scan, and the length of a
// run of ASCII letters eight bytes at a time (most of most pages is ASCII
// words; a byte loop mispredicts its exit on every word).
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sift {

// Matching utf8::is_space / is_letter / is_digit on ASCII.
enum AsciiClass : std::uint8_t { kAsciiOther, kAsciiSpace, kAsciiLetter, kAsciiDigit };

inline constexpr std::array<std::uint8_t, 128> kAsciiClasses = [] {
    std::array<std::uint8_t, 128> t{};
    for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kAsciiSpace;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = kAsciiLetter;
    for (int c = '0'; c <= '9'; ++c) t[c] = kAsciiDigit;
    return t;
}();

inline bool is_ascii_letter(unsigned char b) { return b < 0x80 && kAsciiClasses[b] == kAsciiLetter; }

// The eight-byte step needs the byte order (which byte of a load comes first)
// and a count-trailing-zeros; elsewhere the byte loop alone runs.
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SIFT_ASCII_WORD_STEP 1
#else
#define SIFT_ASCII_WORD_STEP 0
#endif

// Index just past the run of ASCII letters that starts at text[i].
inline std::size_t ascii_letter_run_end(std::string_view text, std::size_t i) {
#if SIFT_ASCII_WORD_STEP
    constexpr std::uint64_t kHigh = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
    constexpr std::uint64_t kCaseBit = 0x2020202020202020ull;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        // Per byte, no carries between bytes (every sum stays below 0x100):
        // y = the byte folded to lower case in 7 bits; letters are 'a'..'z'.
        const std::uint64_t y = (x | kCaseBit) & kLow7;
        const std::uint64_t at_least_a = (y + 0x1F1F1F1F1F1F1F1Full) & kHigh;  // y >= 0x61
        const std::uint64_t past_z = (y + 0x0505050505050505ull) & kHigh;      // y >= 0x7B
        const std::uint64_t not_letter = ~(at_least_a & ~past_z & ~x) & kHigh;  // x's own high bit: not ASCII
        if (not_letter != 0) return i + static_cast<std::size_t>(__builtin_ctzll(not_letter)) / 8;
    }
#endif
    while (i < text.size() && is_ascii_letter(static_cast<unsigned char>(text[i]))) ++i;
    return i;
}

}  // namespace sift
