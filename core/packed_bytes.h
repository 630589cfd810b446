// packed_bytes.h — a short string (1..8 bytes) as one 64-bit number, so
// tables of short words (stopwords, keyword surfaces) compare one integer
// instead of bytes. Shared by stopwords.cpp and the keyword tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sift {

// A string of at most 8 bytes, none of them NUL, as one number: its bytes
// zero-padded. Different strings give different numbers (a shorter one ends
// in zero bytes that a longer one has no NUL to match).
inline std::uint64_t pack_short(const char* p, std::size_t n) {
    const auto byte = [p](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
    if (n >= 4) {
        std::uint32_t head, tail;
        std::memcpy(&head, p, 4);
        std::memcpy(&tail, p + n - 4, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        head = __builtin_bswap32(head);
        tail = __builtin_bswap32(tail);
#endif
        return head | ((static_cast<std::uint64_t>(tail) >> (8 * (8 - n))) << 32);
    }
    return byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
}

}  // namespace sift
