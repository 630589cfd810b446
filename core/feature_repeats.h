// feature_repeats.h — Features::repeats for a page: how many other blocks have
// exactly the same text (menus and share bars repeat; prose does not).
#pragma once

#include <cstdint>
#include <vector>

#include "block.h"

namespace sift {

// Sets b.f.repeats for every block. Linear: a constant-time sampled_hash per
// text into a flat open-addressing table, full compares only on equal hashes
// (and whole-text hashes instead, should look-alike texts make those compares
// outgrow the page).
void count_repeats(std::vector<Block>& blocks);

// The same in two steps, for a caller that uses the groups in between
// (compute_features reads each distinct text once and copies the rest).
struct EqualTexts {
    std::vector<std::uint32_t> first;  // per block, the first block with the same text (itself if none before)
    std::vector<std::uint32_t> size;   // per first block, how many blocks have its text
};
EqualTexts group_equal_texts(const std::vector<Block>& blocks);
void set_repeats(std::vector<Block>& blocks, const EqualTexts& groups);

}  // namespace sift
