// summary_sort.h — sorting a sentence's few 64-bit entries without branching
// on their values.
//
// Input: up to kSortEntries keys, padded to a whole number of networks.
// Output: the same keys in ascending order, the padding after them. A
// sentence's entries (summary_terms.h) are about ten random-looking keys:
// an insertion sort stops its inner loop at a place no predictor can guess,
// about one mispredicted branch (~15-20 cycles) per entry. Here every
// comparison picks its result with conditional moves and the control flow
// is the same for every input of a given size class: eight keys go through
// a fixed sorting network; sixteen through two such networks and a merge
// that advances one of two cursors per output; more through more networks,
// merged one after another.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sift {
namespace branchless {

// The most keys sort() takes (six networks of eight): longer sentences
// went to std::sort, about thirty mispredicted branches each.
inline constexpr std::size_t kSortEntries = 48;
inline constexpr std::size_t kNetworkEntries = 8;
// Pads short inputs: sorts after every real entry (no entry is all ones),
// so the first `size` outputs are the real ones.
inline constexpr std::uint64_t kPadding = ~std::uint64_t{0};

// Orders a pair: the smaller to `a`. Both picks are conditional moves.
inline void compare_exchange(std::uint64_t& a, std::uint64_t& b) {
    const std::uint64_t x = a, y = b;
    const bool swap = y < x;
    a = swap ? y : x;
    b = swap ? x : y;
}

// Sorts eight keys with 19 compare-exchanges in six layers (the fewest known
// for eight inputs).
inline void sort_network8(std::uint64_t* k) {
    compare_exchange(k[0], k[2]); compare_exchange(k[1], k[3]); compare_exchange(k[4], k[6]); compare_exchange(k[5], k[7]);
    compare_exchange(k[0], k[4]); compare_exchange(k[1], k[5]); compare_exchange(k[2], k[6]); compare_exchange(k[3], k[7]);
    compare_exchange(k[0], k[1]); compare_exchange(k[2], k[3]); compare_exchange(k[4], k[5]); compare_exchange(k[6], k[7]);
    compare_exchange(k[2], k[4]); compare_exchange(k[3], k[5]);
    compare_exchange(k[1], k[4]); compare_exchange(k[3], k[6]);
    compare_exchange(k[1], k[2]); compare_exchange(k[3], k[4]); compare_exchange(k[5], k[6]);
}

// The keys sort() takes for `size` real keys: whole networks, the real keys
// first, then padding.
constexpr std::size_t padded_size(std::size_t size) {
    return (size + kNetworkEntries - 1) / kNetworkEntries * kNetworkEntries;
}

// Writes the `count` smallest of two ascending lists, each followed by a
// padding key, to out: each output is the smaller head, and only its cursor
// moves; on a tie the second list's. Only the second list may hold padding
// keys (beside the sentinels): while x has a real key left, y's padding
// never wins, so y's cursor passes its sentinel only after x's has reached
// its own, and then no output is due.
inline void merge(const std::uint64_t* x, const std::uint64_t* y, std::size_t count, std::uint64_t* out) {
    std::size_t a = 0, b = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t p = x[a], q = y[b];
        const bool second = q <= p;
        out[i] = second ? q : p;
        b += second;
        a += !second;
    }
}

// Writes keys[0, 8 * kBlocks) in ascending order to out[0, 8 * kBlocks),
// where only the last eight may be padding keys (the caller pads: no test
// of a size per key). `keys` is not changed. One instance per size class:
// every loop has a fixed trip count, and the class is chosen once.
template <std::size_t kBlocks>
inline void sort(const std::uint64_t* keys, std::uint64_t* out) {
    static_assert(kBlocks >= 1 && kBlocks * kNetworkEntries <= kSortEntries, "one to six networks");
    if (kBlocks == 1) {
        for (std::size_t i = 0; i < kNetworkEntries; ++i) out[i] = keys[i];
        sort_network8(out);
        return;
    }
    // Blocks of eight, each with a padding key after it: a merge reads one
    // past a list it has used up, and that key never wins while a real one
    // is left in the other list.
    std::uint64_t block[kBlocks][kNetworkEntries + 1];
    for (std::size_t b = 0; b < kBlocks; ++b) {
        for (std::size_t i = 0; i < kNetworkEntries; ++i) block[b][i] = keys[b * kNetworkEntries + i];
        block[b][kNetworkEntries] = kPadding;
        sort_network8(block[b]);
    }
    if (kBlocks == 2) {
        merge(block[0], block[1], 2 * kNetworkEntries, out);
        return;
    }
    // The blocks before the last are all real: merged one after another
    // into a growing list (a padding key after it), then merged with the
    // last block.
    std::uint64_t merged[2][kSortEntries + 1];
    merge(block[0], block[1], 2 * kNetworkEntries, merged[0]);
    std::size_t size = 2 * kNetworkEntries;
    std::size_t at = 0;  // the list so far is merged[at]
    for (std::size_t b = 2; b + 1 < kBlocks; ++b) {
        merged[at][size] = kPadding;
        merge(merged[at], block[b], size + kNetworkEntries, merged[1 - at]);
        at = 1 - at;
        size += kNetworkEntries;
    }
    merged[at][size] = kPadding;
    merge(merged[at], block[kBlocks - 1], kBlocks * kNetworkEntries, out);
}

// sort<blocks>() for padded_size(size) / 8 blocks (1 <= size <= kSortEntries).
inline void sort(const std::uint64_t* keys, std::size_t size, std::uint64_t* out) {
    switch (padded_size(size) / kNetworkEntries) {
        case 1: sort<1>(keys, out); break;
        case 2: sort<2>(keys, out); break;
        case 3: sort<3>(keys, out); break;
        case 4: sort<4>(keys, out); break;
        case 5: sort<5>(keys, out); break;
        default: sort<6>(keys, out); break;
    }
}

}  // namespace branchless
}  // namespace sift
