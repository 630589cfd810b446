// feature_ascii.h — ASCII classes for the feature scan, and the end of a run
// of ASCII letters found sixteen or eight bytes at a time (feature_bytes.h).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "feature_bytes.h"

namespace sift {

// Matching utf8::is_space / is_letter on ASCII.
enum AsciiClass : std::uint8_t { kAsciiOther, kAsciiSpace, kAsciiLetter };

inline constexpr std::array<std::uint8_t, 128> kAsciiClasses = [] {
    std::array<std::uint8_t, 128> t{};
    for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kAsciiSpace;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = kAsciiLetter;
    return t;
}();

// One compare, no branch: folding the case bit maps 'A'..'Z' onto 'a'..'z'
// and every other byte (non-ASCII ones too) outside them.
inline bool is_ascii_letter(unsigned char b) { return static_cast<unsigned char>((b | 0x20) - 'a') < 26; }

// Index just past the run of ASCII letters that starts at text[i].
inline std::size_t ascii_letter_run_end(std::string_view text, std::size_t i) {
#if SIFT_WIDE_LANES
    constexpr unsigned kAllLanes = 0xFFFF;
    for (; i + wide::kWidth <= text.size(); i += wide::kWidth) {
        const unsigned not_letter = ~wide::ascii_letter_mask(wide::load16(text, i)) & kAllLanes;
        if (not_letter != 0) return i + wide::first_bit(not_letter);
    }
#endif
#if SIFT_BYTE_LANES
    using bytes::kHigh, bytes::kOnes;
    constexpr std::uint64_t kLow7 = 0x7F * kOnes, kCaseBit = 0x20 * kOnes;
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t x = bytes::load8(text, i);
        // Per byte, no carries between bytes (every sum stays below 0x100):
        // y = the byte folded to lower case in 7 bits; letters are 'a'..'z'.
        const std::uint64_t y = (x | kCaseBit) & kLow7;
        const std::uint64_t at_least_a = (y + 0x1F * kOnes) & kHigh;  // y >= 0x61
        const std::uint64_t past_z = (y + 0x05 * kOnes) & kHigh;      // y >= 0x7B
        const std::uint64_t not_letter = ~(at_least_a & ~past_z & ~x) & kHigh;  // x's own high bit: not ASCII
        if (not_letter != 0) return i + bytes::first_lane(not_letter);
    }
#endif
    while (i < text.size() && is_ascii_letter(static_cast<unsigned char>(text[i]))) ++i;
    return i;
}

// ascii_letter_run_end in a padded text: one followed by at least
// kLetterRunPadding readable bytes, the first of them no letter (a zero). No
// test of the distance to the end, whose answer is the text's whim.
inline constexpr std::size_t kLetterRunPadding = 16;
inline std::size_t padded_ascii_letter_run_end(std::string_view text, std::size_t i) {
#if SIFT_WIDE_LANES
    constexpr unsigned kAllLanes = 0xFFFF;
    for (;; i += wide::kWidth) {
        const unsigned not_letter = ~wide::ascii_letter_mask(wide::load16(text, i)) & kAllLanes;
        if (not_letter != 0) return i + wide::first_bit(not_letter);
    }
#elif SIFT_BYTE_LANES
    using bytes::kHigh, bytes::kOnes;
    constexpr std::uint64_t kLow7 = 0x7F * kOnes, kCaseBit = 0x20 * kOnes;
    for (;; i += 8) {  // as in ascii_letter_run_end
        const std::uint64_t x = bytes::load8(text, i);
        const std::uint64_t y = (x | kCaseBit) & kLow7;
        const std::uint64_t at_least_a = (y + 0x1F * kOnes) & kHigh;
        const std::uint64_t past_z = (y + 0x05 * kOnes) & kHigh;
        const std::uint64_t not_letter = ~(at_least_a & ~past_z & ~x) & kHigh;
        if (not_letter != 0) return i + bytes::first_lane(not_letter);
    }
#else
    while (is_ascii_letter(static_cast<unsigned char>(text.data()[i]))) ++i;
    return i;
#endif
}

}  // namespace sift
