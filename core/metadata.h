// metadata.h — stage 5: title, byline, source, date, editor and site name,
// from the labelled blocks (text) and from PageMeta (HTML head, JSON-LD).
#pragma once

#include <vector>

#include "block.h"
#include "classify.h"
#include "sift.h"

namespace sift {

// Fills the metadata fields of `article` and relabels the blocks it used
// (the headline becomes Label::Title, credit lines Label::Byline) so the
// assembler leaves them out of the body.
void extract_metadata(std::vector<Block>& blocks, const Region& region, const PageMeta& meta, Article& article);

// Removes a reading prefix ("正在阅读:", "Now reading:") and a short site
// suffix after a separator (" - Site", " | Site", "_腾讯网"); the suffix goes
// to `site` when given and still empty.
std::string clean_title(std::string_view title, std::string* site = nullptr);

}  // namespace sift
