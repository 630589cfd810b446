// feature_repeats.h — Features::repeats for a page: how many other blocks have
// exactly the same text (menus and share bars repeat; prose does not).
#pragma once

#include <vector>

#include "block.h"

namespace sift {

// Sets b.f.repeats for every block. Linear: a constant-time sampled_hash per
// text into a flat open-addressing table, full compares only on equal hashes
// (and whole-text hashes instead, should look-alike texts make those compares
// outgrow the page).
void count_repeats(std::vector<Block>& blocks);

}  // namespace sift
