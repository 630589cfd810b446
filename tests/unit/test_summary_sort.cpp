// test_summary_sort.cpp — the branchless sort of a sentence's entries
// (summary_sort.h) against std::sort.
#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "summary_sort.h"

TEST_CASE("branchless sort: the eight-key network sorts every 0/1 input", "[summarize]") {
    // A comparator network that sorts every sequence of zeros and ones sorts
    // every sequence.
    for (unsigned bits = 0; bits < 256; ++bits) {
        std::uint64_t k[8];
        for (unsigned i = 0; i < 8; ++i) k[i] = (bits >> i) & 1;
        sift::branchless::sort_network8(k);
        CHECK(std::is_sorted(k, k + 8));
        CHECK(static_cast<unsigned>(std::count(k, k + 8, 1u)) == static_cast<unsigned>(__builtin_popcount(bits)));
    }
}

TEST_CASE("branchless sort: every size up to kSortEntries (48) equals std::sort, duplicates included", "[summarize]") {
    using sift::branchless::kPadding;
    std::mt19937_64 rng(7);
    for (std::size_t size = 1; size <= sift::branchless::kSortEntries; ++size) {
        const std::size_t padded = sift::branchless::padded_size(size);
        CHECK(padded % 8 == 0);
        CHECK(padded >= size);
        CHECK(padded < size + 8);
        for (int round = 0; round < 200; ++round) {
            // Few distinct values in some rounds (many duplicates), random 64-bit keys in others;
            // (token id << 32 | term) entries, never all ones. Then the padding.
            const std::uint64_t spread = round % 2 ? 4 : ~std::uint64_t{0} >> 1;
            std::vector<std::uint64_t> keys(size);
            for (auto& k : keys) k = rng() % spread;
            if (round == 0) std::fill(keys.begin(), keys.end(), 0);  // all equal, and the smallest key
            if (round == 1) std::fill(keys.begin(), keys.end(), kPadding - 1);  // all equal, just below the padding
            std::vector<std::uint64_t> expected = keys;
            std::sort(expected.begin(), expected.end());
            expected.resize(padded, kPadding);
            keys.resize(padded, kPadding);
            const std::vector<std::uint64_t> before = keys;
            std::uint64_t out[sift::branchless::kSortEntries];
            sift::branchless::sort(keys.data(), size, out);
            CHECK(std::vector<std::uint64_t>(out, out + padded) == expected);
            CHECK(keys == before);
        }
    }
}
