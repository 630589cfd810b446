// block_features.h — stage 3: cheap per-block features, computed once, read by the
// classifier and printed by `--explain`.
#pragma once

#include <string_view>
#include <vector>

#include "block.h"

namespace sift {

// Fills Block::f for every block: equal texts grouped first (one hash table,
// feature_repeats.h), then counts and patterns in one pass over each distinct
// text, copied to its repeats (linear overall).
void compute_features(std::vector<Block>& blocks);

// Per-text counts, exposed for the metadata stage and tests.
Features text_features(std::string_view text);

}  // namespace sift
