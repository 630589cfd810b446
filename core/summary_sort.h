// summary_sort.h — sorting a sentence's few 64-bit entries without branching
// on their values.
//
// Input: up to kSortEntries keys. Output: the same keys in
// ascending order. A sentence's entries (summary_terms.h) are about ten
// random-looking keys: an insertion sort stops its inner loop at a place no
// predictor can guess, about one mispredicted branch (~15-20 cycles) per
// entry. Here every comparison picks its result with conditional moves and
// the control flow is the same for every input of a given size class: eight
// keys go through a fixed sorting network; up to sixteen through two such
// networks and a merge that advances one of two cursors per output; up to
// twenty-four through three networks and two merges.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sift {
namespace branchless {

// The most keys sort() takes (three networks of eight).
inline constexpr std::size_t kSortEntries = 24;
inline constexpr std::size_t kNetworkEntries = 8;
// Pads short inputs: sorts after every real entry, so the first `size`
// outputs are the real ones whatever padding is there.
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

// Loads keys[0, size) into slots[0, count), padding after them, with no
// branch on `size` (1 <= size): slot i past the keys reads the last key (in
// bounds) and a conditional move replaces it.
template <std::size_t count>
inline void load_padded(const std::uint64_t* keys, std::size_t size, std::uint64_t* slots) {
    const std::size_t last = size - 1;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t key = keys[i < last ? i : last];
        slots[i] = i < size ? key : kPadding;
    }
}

// Writes the `count` smallest of two ascending lists, each followed by a
// padding key, to out: each output is the smaller head, and only its cursor
// moves. While an output is still due, some real key is left, below the
// padding the other cursor may stand on.
inline void merge(const std::uint64_t* x, const std::uint64_t* y, std::size_t count, std::uint64_t* out) {
    std::size_t a = 0, b = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t p = x[a], q = y[b];
        const bool second = q < p;
        out[i] = second ? q : p;
        b += second;
        a += !second;
    }
}

// Writes keys[0, size) in ascending order to out[0, size), 1 <= size <=
// kSortEntries; out has room for kSortEntries. `keys` is not changed.
inline void sort(const std::uint64_t* keys, std::size_t size, std::uint64_t* out) {
    if (size <= kNetworkEntries) {
        load_padded<kNetworkEntries>(keys, size, out);
        sort_network8(out);
        return;
    }
    // Blocks of eight, each with a padding key after it: a merge reads one
    // past a list it has used up, and that key never wins while a real one
    // is left in the other list.
    std::uint64_t block[3][kNetworkEntries + 1];
    load_padded<kNetworkEntries>(keys, kNetworkEntries, block[0]);
    block[0][kNetworkEntries] = block[1][kNetworkEntries] = kPadding;
    sort_network8(block[0]);
    if (size <= 2 * kNetworkEntries) {
        load_padded<kNetworkEntries>(keys + kNetworkEntries, size - kNetworkEntries, block[1]);
        sort_network8(block[1]);
        merge(block[0], block[1], size, out);
        return;
    }
    // The first sixteen keys are all real: merged whole, then merged with
    // the third block.
    load_padded<kNetworkEntries>(keys + kNetworkEntries, kNetworkEntries, block[1]);
    load_padded<kNetworkEntries>(keys + 2 * kNetworkEntries, size - 2 * kNetworkEntries, block[2]);
    block[2][kNetworkEntries] = kPadding;
    sort_network8(block[1]);
    sort_network8(block[2]);
    std::uint64_t first16[2 * kNetworkEntries + 1];
    merge(block[0], block[1], 2 * kNetworkEntries, first16);
    first16[2 * kNetworkEntries] = kPadding;
    merge(first16, block[2], size, out);
}

}  // namespace branchless
}  // namespace sift
