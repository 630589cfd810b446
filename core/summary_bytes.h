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

// The inverse of load_chunk: lane 0 to p[0], and so on.
inline void store_chunk(char* p, std::uint64_t v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    std::memcpy(p, &v, sizeof v);
}

// The number of lanes up to the last non-zero one (0 for 0): a chunk of
// non-zero bytes padded with zeros, as a word key is, is this long.
inline std::size_t used_lanes(std::uint64_t x) {
    if (x == 0) return 0;
#if defined(__GNUC__)
    return (64 - static_cast<std::size_t>(__builtin_clzll(x)) + 7) / 8;
#else
    std::size_t lanes = 0;
    for (; x != 0; x >>= 8) ++lanes;
    return lanes;
#endif
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

// ASCII upper-case letters turned lower-case; other ASCII bytes unchanged.
// A non-ASCII byte may disturb itself and the bytes after it (in text order),
// never the ones before.
inline std::uint64_t to_lower(std::uint64_t x) { return x | (bytes_in_range(x, 'A', 'Z') >> 2); }

// The first `count` bytes (1..8) of a chunk, the rest zero.
inline std::uint64_t first_bytes(std::uint64_t x, std::size_t count) {
    return count >= kChunk ? x : x & ((std::uint64_t{1} << (8 * count)) - 1);
}

// Up to eight bytes from p: those before `end` and zeros after (a chunk at
// the end of a text, which must not be read past).
inline std::uint64_t load_chunk_before(const char* p, const char* end) {
    if (end - p >= static_cast<std::ptrdiff_t>(kChunk)) return load_chunk(p);
    char bytes[kChunk] = {};
    std::memcpy(bytes, p, static_cast<std::size_t>(end - p));
    return load_chunk(bytes);
}

// Index of the lowest set bit (bits != 0): the count-trailing-zeros
// instruction where the compiler has one, else de Bruijn multiplication (no
// loop over the bits).
inline std::size_t lowest_bit(std::uint64_t bits) {
#if defined(__GNUC__)
    return static_cast<std::size_t>(__builtin_ctzll(bits));
#else
    constexpr std::uint64_t kDeBruijn = 0x03F79D71B4CB0A89ull;
    static constexpr unsigned char kPosition[64] = {
        0,  1,  48, 2,  57, 49, 28, 3,  61, 58, 50, 42, 38, 29, 17, 4,  62, 55, 59, 36, 53, 51,
        43, 22, 45, 39, 33, 30, 24, 18, 12, 5,  63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21,
        44, 32, 23, 11, 46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9,  13, 8,  7,  6,
    };
    return kPosition[((bits & (~bits + 1)) * kDeBruijn) >> 58];
#endif
}

// The first byte (in text order) whose high bit is marked; marks != 0.
inline std::size_t first_marked(std::uint64_t marks) { return lowest_bit(marks) / 8; }

// How many high bits are set.
inline std::size_t count_marked(std::uint64_t marks) { return static_cast<std::size_t>(((marks >> 7) * kOnes) >> 56); }

}  // namespace sift::swar
