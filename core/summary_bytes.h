// summary_bytes.h — eight bytes at a time (SWAR) for the text scanners of the
// summary and stats stages (sentence splitting, unit counting).
//
// A chunk is 8 bytes of text in a 64-bit word, byte k in bits 8k..8k+7 on
// every host. Each test leaves a byte's answer in that byte's high bit. The
// tests are exact for ASCII bytes only: callers first check has_non_ascii()
// and treat such a chunk byte by byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sift::swar {

inline constexpr std::size_t kChunk = 8;
inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

inline std::uint64_t load_chunk(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

inline bool has_non_ascii(std::uint64_t x) { return (x & kHighBits) != 0; }

// Bytes equal to `value` (< 0x80). No carry crosses bytes: all are < 0x80.
inline std::uint64_t bytes_equal(std::uint64_t x, unsigned char value) {
    return ~((x ^ (kOnes * value)) + kOnes * 0x7F) & kHighBits;
}

// Bytes in [lo, hi] (1 <= lo <= hi < 0x80).
inline std::uint64_t bytes_in_range(std::uint64_t x, unsigned char lo, unsigned char hi) {
    return (x + kOnes * (0x80 - lo)) & ~(x + kOnes * (0x7F - hi)) & kHighBits;
}

// ASCII letters and digits.
inline std::uint64_t alphanumeric_bytes(std::uint64_t x) {
    return bytes_in_range(x | (kOnes * 0x20), 'a', 'z') | bytes_in_range(x, '0', '9');
}

// How many high bits are set.
inline std::size_t count_marked(std::uint64_t marks) { return static_cast<std::size_t>(((marks >> 7) * kOnes) >> 56); }

}  // namespace sift::swar
