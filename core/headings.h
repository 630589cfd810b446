// headings.h — stage 4b: section headings inside the article region.
//
// Input: labelled blocks and the main region from classify_blocks. Output:
// Content lines that head a section relabelled Label::Heading, each with the
// rule that decided it (visible in `--explain`):
//   html-heading                   an <h1>–<h6> of the HTML input;
//   heading:toc / heading:toc-title a line the page's own table of contents
//                                  lists ("3.2 Firefox Mobile" … "Firefox Mobile[edit]"),
//                                  and the "Contents" line above that list;
//   heading:numbered / heading:short-line-before-prose
//                                  a short heading-like line that starts a block
//                                  and introduces prose (one caption may sit between);
// Plain text carries no markup, so every rule is about shape and context; a
// page with a table of contents is trusted over the shape rules.
#pragma once

#include <vector>

#include "block.h"
#include "classify.h"

namespace sift {

inline constexpr int kMaxHeadingWords = 16;   // longer lines are sentences or teasers
inline constexpr int kMinHeadingLetters = 2;  // "J", "x": an avatar initial or a formula, not a title

// `tocs`: find_tables_of_contents(blocks), which the classifier has already found.
void mark_section_headings(std::vector<Block>& blocks, const Region& region, const std::vector<Region>& tocs);

// Runs of "1 History" / "3.2 Firefox Mobile" lines long enough to be a
// table of contents (at least kMinTocEntries in a row).
std::vector<Region> find_tables_of_contents(const std::vector<Block>& blocks);

// A short line that reads like a section heading, judged on its own text
// (no context). Exposed for tests and for the metadata stage.
bool looks_like_heading_text(const Block& block);

// Photo captions and credits ("Photograph: …", "Getty Images", "图片来源").
bool is_caption_like(const Block& block);

}  // namespace sift
