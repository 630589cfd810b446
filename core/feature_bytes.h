// feature_bytes.h — byte tests eight bytes at a time ("lanes" of a 64-bit
// word), shared by decode, segment and the feature scan: most of most pages
// is ASCII, and a byte loop with a data-dependent exit mispredicts on every
// word or line.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace sift::bytes {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ull;

inline std::uint64_t load8(std::string_view s, std::size_t i) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    return x;
}

// 0x80 in exactly the lanes of x equal to b (no borrows between lanes).
inline std::uint64_t lanes_equal(std::uint64_t x, unsigned char b) {
    const std::uint64_t v = x ^ (b * kOnes);
    return ~(((v & ~kHigh) + ~kHigh) | v | ~kHigh);
}

// x with every byte 'A'..'Z' turned to lower case and all others kept (no
// carries between lanes: each lane's sums stay below 0x100).
inline std::uint64_t lower_ascii_lanes(std::uint64_t x) {
    const std::uint64_t low7 = x & ~kHigh;
    const std::uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;
    const std::uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;
    const std::uint64_t upper = at_least_a & ~past_z & ~x & kHigh;  // x's own high bit: not ASCII
    return x | (upper >> 2);  // 0x80 >> 2 = 0x20, the case bit
}

// Which lane comes first in memory, and a count of trailing zeros, are needed
// to turn a lane mask into an index; without them callers use a byte loop.
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SIFT_BYTE_LANES 1
// Index of the first lane (in memory order) with its high bit set; mask != 0.
inline std::size_t first_lane(std::uint64_t mask) { return static_cast<std::size_t>(__builtin_ctzll(mask)) / 8; }
// Moves every lane's bit to the lane before it in memory: a mask of "the
// next byte is ..." (the last lane gets nothing).
inline std::uint64_t from_next_lane(std::uint64_t mask) { return mask >> 8; }
#else
#define SIFT_BYTE_LANES 0
#endif

}  // namespace sift::bytes

// Sixteen bytes per step where SSE2 is always there (x86-64): the scans that
// cross whole lines (decode, segment) take these first and finish with the
// eight-byte lanes. Other targets, the WebAssembly build among them, use only
// the eight-byte lanes.
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define SIFT_WIDE_LANES 1

namespace sift::wide {

inline constexpr std::size_t kWidth = 16;

inline __m128i load16(std::string_view s, std::size_t i) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)); }

// Bit k set when byte k (in memory order) of x is b.
inline unsigned equal_mask(__m128i x, char b) {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(b))));
}

// 0xFF in the lanes of x that hold an ASCII letter. Folded to lower case and
// moved by 0x80 - 'a', the letters become 0x80..0x99, the only bytes that
// are below -128 + 26 as signed bytes (non-ASCII bytes wrap to 0x00..0x1E).
inline __m128i ascii_letter_lanes(__m128i x) {
    const __m128i moved = _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(static_cast<char>(0x80 - 'a')));
    return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + 26)));
}
// 0xFF in the lanes of x that hold an ASCII digit (moved by 0x80 - '0', the
// only bytes then below -128 + 10).
inline __m128i ascii_digit_lanes(__m128i x) {
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - '0'))), _mm_set1_epi8(static_cast<char>(-128 + 10)));
}
// Bit k set when byte k of x is an ASCII letter.
inline unsigned ascii_letter_mask(__m128i x) { return static_cast<unsigned>(_mm_movemask_epi8(ascii_letter_lanes(x))); }

// Index of the lowest set bit; mask != 0.
inline std::size_t first_bit(unsigned mask) { return static_cast<std::size_t>(__builtin_ctz(mask)); }

}  // namespace sift::wide
#else
#define SIFT_WIDE_LANES 0
#endif
