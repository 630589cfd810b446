// stopword_tables.h — the one hash table behind stopwords.h, laid out here so
// that its lookups (word_languages for every first sight of a word by the
// summary and the keywords, zero_free_word_languages for every word of every
// block by the feature scan) are inlined into their callers: a lookup is a few
// multiplications, one probe and one compare, with no branch and no loop.
// stopwords.cpp fills the table at start-up from its word lists.
//
// Why this shape: the table is a perfect hash (every stopword has its own
// slot, found in one step), so a word that is no stopword costs the same one
// probe as one that is, and nothing depends on the text's whim. It holds
// every stopword of 1..16 bytes in 19 KB, small enough to stay in the L1
// cache while a page is read (the per-word memo of 272 KB it replaces missed
// the L1 cache on about a third of the words).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace sift::stopword_tables {

// The longest word the table holds: the longest stopword, curly apostrophe
// and all, is shorter, so a longer word is no stopword.
inline constexpr std::size_t kLongestWordBytes = 16;

// 1024 slots for ~550 words: about half full, so that every bucket finds a
// multiplier that sends its words to free slots within a few tries.
inline constexpr unsigned kSlotBits = 10;
// 128 buckets of ~4 words: each bucket's multiplier is chosen for its words alone.
inline constexpr unsigned kBucketBits = 7;

// A word as its bytes zero padded to 16, in memory order (bytes 0-7 in `low`).
struct WordKey {
    std::uint64_t low = 0, high = 0;
};

struct Table {
    // Per bucket, odd; 0 for a bucket no stopword falls in (its words all
    // probe slot 0, and the compare turns them down).
    std::array<std::uint64_t, std::size_t{1} << kBucketBits> multipliers{};
    std::array<WordKey, std::size_t{1} << kSlotBits> keys{};                  // all zeros: empty
    // The word's size << 8 | its languages (one bit each); 0 for an empty slot.
    // The size is compared too: "the" followed by a NUL pads like "the".
    std::array<std::uint16_t, std::size_t{1} << kSlotBits> size_and_languages{};
};
extern Table g_table;

// The hash of a word key; its top kBucketBits bits are its bucket.
inline std::uint64_t word_hash(std::uint64_t low, std::uint64_t high) {
    return (low * 0x9E3779B97F4A7C15ull) ^ (high * 0xC2B2AE3D27D4EB4Full);
}

// The one slot a word of this hash may be in.
inline std::size_t slot_of(std::uint64_t hash, const Table& table) {
    return static_cast<std::size_t>((hash * table.multipliers[hash >> (64 - kBucketBits)]) >> (64 - kSlotBits));
}

// All ones when `differs` is 0, else 0: arithmetic, where `differs == 0 ?`
// became a branch on whether a word is a stopword, which is the text's whim
// (on hardware it cost the feature scan a quarter of its time; valgrind's
// simple predictor hides it).
inline std::uint64_t all_ones_if_zero(std::uint64_t differs) { return ((differs | (0 - differs)) >> 63) - 1; }

// The languages of a word of 1..kLongestWordBytes bytes given as its key,
// 0 when it is no stopword. No branch and no loop.
inline std::uint8_t word_languages(std::uint64_t low, std::uint64_t high, std::size_t size) {
    const std::size_t slot = slot_of(word_hash(low, high), g_table);
    const WordKey& key = g_table.keys[slot];
    const unsigned entry = g_table.size_and_languages[slot];
    const std::uint64_t differs = (key.low ^ low) | (key.high ^ high) | ((entry >> 8) ^ size);
    return static_cast<std::uint8_t>(entry & all_ones_if_zero(differs));
}

// word_languages of a word that holds no zero byte (letters, and the '0'
// the feature scan puts for digits): its padding then starts at its size,
// so the keys alone tell sizes apart and the size need not be compared.
inline std::uint8_t zero_free_word_languages(std::uint64_t low, std::uint64_t high) {
    const std::size_t slot = slot_of(word_hash(low, high), g_table);
    const WordKey& key = g_table.keys[slot];
    const std::uint64_t differs = (key.low ^ low) | (key.high ^ high);
    return static_cast<std::uint8_t>(g_table.size_and_languages[slot] & all_ones_if_zero(differs));
}

}  // namespace sift::stopword_tables
