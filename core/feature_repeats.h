// feature_repeats.h — Features::repeats for a page: how many other blocks have
// exactly the same text (menus and share bars repeat; prose does not).
#pragma once

#include <vector>

#include "block.h"

namespace sift {

// Sets b.f.repeats for every block. Linear: one hash per text into a flat
// open-addressing table (sampled_hash: a few bytes, not the whole text),
// full compares only on equal hashes.
void count_repeats(std::vector<Block>& blocks);

}  // namespace sift
