// classify.h — stage 4: label every block (content, heading, title, byline,
// boilerplate) by named, explainable rules.
//
// The classifier works in three steps, each visible in `--explain`:
//   1. local evidence: each block gets a content score from its own features
//      (prose-like text scores its length, chrome scores a penalty);
//   2. main region: the contiguous run of blocks with the largest total score
//      (maximum-sum subarray, linear), cut at section breaks such as a
//      "Related articles" or "Comments" header or an editor's sign-off;
//   3. labels inside the region: section headings, byline/metadata lines and
//      remaining boilerplate are told apart from body text; everything outside
//      the region is boilerplate (the metadata stage may still pick the title
//      and byline from there).
#pragma once

#include <vector>

#include "block.h"
#include "dates.h"
#include "sift.h"

namespace sift {

struct Region {
    int begin = 0;  // first block of the article body (inclusive)
    int end = 0;    // one past the last block
};

// Scores, finds the main region and labels blocks. Title/byline labels are
// set later by the metadata stage; this stage only marks what it knows.
Region classify_blocks(std::vector<Block>& blocks);

// The block's rule kept in pieces for the removed-blocks list, spelled out
// only when written (RemovedRule::text).
RemovedRule removed_rule(const Block& b);

// Text that reads as a paragraph: long enough and punctuated like sentences
// (Latin text also needs its share of function words).
bool is_prose(const Block& block);

// Lines that credit or date the article rather than tell it ("By Jane Doe",
// "来源:马鞍山日报 2022-07-08", "[ 责编:徐皓 ]").
bool is_byline_like(const Block& block);

// contains_date(block.text), skipped on the digit count the features hold:
// every date form needs kMinDateDigits ASCII digits.
inline bool block_has_date(const Block& block) { return block.f.digits >= kMinDateDigits && contains_date(block.text); }

}  // namespace sift
