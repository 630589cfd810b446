// feature_hash.h — a fast 64-bit hash for in-memory tables of the feature
// stage (repeated block texts, phrase lookups). Eight bytes per step, unlike
// hash.h's FNV-1a, which must stay byte-wise because its values are stable ids.
// Values here may differ between platforms: only equal inputs must hash equal.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace sift {

// The first `size` (< 8) bytes at s as the low bytes of a word, the others
// zero: the same value as gathering them byte by byte, but in at most three
// loads (two overlapping 4-byte ones from 4 bytes up), so no loop whose trip
// count follows the text's length (a mispredicted exit on most short texts).
inline std::uint64_t load_short_le(const char* s, std::size_t size) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (size >= 4) {
        std::uint32_t low = 0, high = 0;
        std::memcpy(&low, s, 4);
        std::memcpy(&high, s + size - 4, 4);  // overlaps `low` below 8 bytes: equal bytes, so OR keeps them
        return low | (std::uint64_t{high} << (8 * (size - 4)));
    }
    if (size == 0) return 0;
    const auto byte_at = [s](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(s[k])} << (8 * k); };
    return byte_at(0) | byte_at(size / 2) | byte_at(size - 1);  // 1 to 3 bytes: each one is among these
#else
    std::uint64_t word = 0;
    for (std::size_t k = 0; k < size; ++k) word |= std::uint64_t{static_cast<unsigned char>(s[k])} << (8 * k);
    return word;
#endif
}

inline std::uint64_t fast_hash(std::string_view s) {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio: spreads bits
    std::uint64_t h = s.size() * kMultiplier;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, s.data() + i, 8);
        h = (h ^ chunk) * kMultiplier;
        h ^= h >> 32;
    }
    // The last partial step reads the text's last eight bytes (overlapping
    // bytes already mixed in: still the same value for the same text), so no
    // variable-length copy is needed; texts under eight bytes are
    // gathered by load_short_le.
    std::uint64_t tail = 0;
    if (i < s.size()) {
        if (s.size() >= 8) {
            std::memcpy(&tail, s.data() + s.size() - 8, 8);
        } else {
            tail = load_short_le(s.data(), s.size());
        }
    }
    h = (h ^ tail) * kMultiplier;
    return h ^ (h >> 29);
}

// A hash of a text's size and of 24 of its bytes (its first, middle and last
// eight; all of a text under 24 bytes, some twice), in constant time whatever
// its length. Equal texts hash equal; texts of one size that agree in those
// bytes collide, so this suits only tables that compare the texts themselves
// when hashes match (count_repeats), where a paragraph's every byte need not
// be read to tell it from the others. Three steps written out, one branch on
// size: as a loop, or as fast_hash below 24 bytes, its exits were
// mispredicted on most blocks.
inline std::uint64_t sampled_hash(std::string_view s) {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * kMultiplier;
    const auto mix = [&h](std::uint64_t chunk) {
        h = (h ^ chunk) * kMultiplier;
        h ^= h >> 32;
    };
    if (s.size() < 8) {
        mix(load_short_le(s.data(), s.size()));
    } else {
        const auto chunk_at = [s](std::size_t at) {
            std::uint64_t chunk;
            std::memcpy(&chunk, s.data() + at, 8);
            return chunk;
        };
        mix(chunk_at(0));
        mix(chunk_at(s.size() / 2 - 4));
        mix(chunk_at(s.size() - 8));
    }
    return h ^ (h >> 29);
}

}  // namespace sift
