// container.h — the main region of an HTML page as the element that holds
// the most prose (Readability's idea, on blocks instead of a DOM tree).
#pragma once

#include <vector>

#include "block.h"
#include "classify.h"

namespace sift {

// Each block's positive weight (its prose score, less its link share) is
// credited to its enclosing elements with a decay by distance; the element
// with the highest total wins, and the region is the run of blocks inside it.
// Returns an empty region when no block carries ancestry (plain text).
Region best_container_region(const std::vector<Block>& blocks, const std::vector<double>& weights);

}  // namespace sift
