// metadata_title.h — the headline search of stage 5 (metadata.h): which line
// near the body start is the article's headline, and how a title reads once
// its reading prefix and site suffix are gone.
//
// Input: labelled blocks, the main region and page metadata. Output: the
// headline's block (relabelled Label::Title, "title"), Article::title and a
// site name taken from the title's suffix. Candidates are scored by shape and
// context; the overlap of their words with the article's opening is read
// only while it could still change the winner.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "block.h"
#include "classify.h"
#include "sift.h"

namespace sift {

// Shared with the credits and site-name search of metadata.cpp.
inline constexpr int kMaxCreditLineUnits = 30;        // a credit/date line, not a paragraph that mentions a date
inline constexpr std::size_t kMaxSiteNameUnits = 4;   // "The New York Times", "腾讯网": site names are short

// Picks the headline among the lines before (or at) the body start, preferring
// the one the page's own title (meta.headline, else meta.title) names, and
// falls back to that title when no line is convincing. Sets article.title
// (and article.site_name from a " - Site" suffix), labels the headline and its
// repeats at the top of the body Label::Title, and returns the headline's
// block index or -1. `anchor` is the body's first block (0 if there is none).
int extract_title(std::vector<Block>& blocks, const Region& region, int anchor, const PageMeta& meta, Article& article);

// Removes a reading prefix ("正在阅读:", "Now reading:") and a short site
// suffix after a separator (" - Site", " | Site", "_腾讯网"); the suffix goes
// to `site` when given and still empty.
std::string clean_title(std::string_view title, std::string* site = nullptr);

}  // namespace sift
