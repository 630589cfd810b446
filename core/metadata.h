// metadata.h — stage 5: title, byline, source, date, editor and site name,
// from the labelled blocks (text) and from PageMeta (HTML head, JSON-LD).
// The headline search is metadata_title.h.
#pragma once

#include <vector>

#include "block.h"
#include "classify.h"
#include "metadata_title.h"  // the headline search of this stage; clean_title
#include "sift.h"

namespace sift {

// Fills the metadata fields of `article` and relabels the blocks it used
// (the headline becomes Label::Title, credit lines Label::Byline) so the
// assembler leaves them out of the body.
void extract_metadata(std::vector<Block>& blocks, const Region& region, const PageMeta& meta, Article& article);

}  // namespace sift
