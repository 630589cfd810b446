// stopword_tables.h — the two packed hash tables behind stopwords.h, laid out
// here so that stopword_languages_packed, called for every first sight of a
// word by the summary, the keywords and the feature memo, is inlined into
// them: a lookup is then a multiplication and a probe or two, no call.
// stopwords.cpp fills the tables at start-up from its word lists.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace sift::stopword_tables {

// Words of 1..kShortWordBytes bytes, keyed by their bytes packed lowest
// first (packed_bytes.h pack_short), ~630 of them.
inline constexpr std::size_t kShortWordBytes = 8;
inline constexpr unsigned kShortTableBits = 11;  // 2048 slots: probes stay short
struct ShortSlot {
    std::uint64_t key = 0;
    std::uint8_t size = 0;  // 0: empty
    std::uint8_t mask = 0;  // the languages, one bit each
};
using ShortTable = std::array<ShortSlot, std::size_t{1} << kShortTableBits>;
extern ShortTable g_short_table;

inline constexpr std::size_t short_home(std::uint64_t key) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kShortTableBits));
}

// The languages of a word of 1..8 bytes packed lowest first.
inline std::uint8_t short_word_mask(std::uint64_t key, std::size_t size) {
    for (std::size_t h = short_home(key);; h = (h + 1) & (g_short_table.size() - 1)) {
        const ShortSlot& slot = g_short_table[h];
        if (slot.size == 0) return 0;
        if (slot.key == key && slot.size == size) return slot.mask;
    }
}

// Words of 9..kLongWordBytes bytes ("themselves", "shouldn’t"), keyed by
// their bytes zero padded to 16, in memory order.
inline constexpr std::size_t kLongWordBytes = 16;
inline constexpr unsigned kLongTableBits = 6;  // 64 slots for a few dozen words
struct LongSlot {
    std::uint64_t low = 0, high = 0;
    std::uint8_t size = 0;  // 0: empty
    std::uint8_t mask = 0;
};
using LongTable = std::array<LongSlot, std::size_t{1} << kLongTableBits>;
extern LongTable g_long_table;

inline constexpr std::size_t long_home(std::uint64_t low, std::uint64_t high) {
    return static_cast<std::size_t>(((low * 0x9E3779B97F4A7C15ull) ^ (high * 0xC2B2AE3D27D4EB4Full)) >> (64 - kLongTableBits));
}

// The languages of a word of 9..16 bytes, zero padded, in memory order.
inline std::uint8_t long_word_mask(std::uint64_t low, std::uint64_t high, std::size_t size) {
    for (std::size_t h = long_home(low, high);; h = (h + 1) & (g_long_table.size() - 1)) {
        const LongSlot& slot = g_long_table[h];
        if (slot.size == 0) return 0;
        if (slot.low == low && slot.high == high && slot.size == size) return slot.mask;
    }
}

}  // namespace sift::stopword_tables
