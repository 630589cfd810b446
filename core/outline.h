// outline.h — the article's table of contents, and numbering-style detection.
//
// build_outline — Input: the assembled body blocks. Output: one OutlineEntry
// per H2/H3/H4 block (level 2/3/4, the heading text, the block index, and a
// unique anchor id). Ids are slugs: ASCII letters and digits lower-cased,
// other letters lower-cased and kept, CJK characters kept as they are (they
// are valid URL fragments), every other run of characters turned into one
// '-'; at most kMaxSlugBytes; repeats get "-2", "-3"...; a heading with no
// letters or digits gets "section-N" (N = its 1-based place in the outline).
//
// numbered_heading_level — Input: one line. Output: the depth its numbering
// style implies, 0 when it is not numbered. The heading detector uses it;
// it says nothing about whether the rest of the line looks like a heading.
//   一、 / 十二．          1      （一） / (一)          2      （1） / (1)   3
//   第一章 / 第3部分 / 第二篇 1      第X节                  2      第X条         3
//   1. / 1、 / 1.1 / 1.1.1  number of components ("3.5 million" is a number: 0)
//   I. / IV.                1      Chapter 3 / Part Two / Book II / Kapitel 2   1
//   Section 2 / Step 4 / Lesson 3 / Question 1 / Q: / Q1.                       2
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sift.h"

namespace sift {

inline constexpr std::size_t kMaxSlugBytes = 80;  // long enough to stay unique, short enough for a URL

std::vector<OutlineEntry> build_outline(const std::vector<BodyBlock>& body);

// The slug of one heading text, before de-duplication ("" when it has no
// letters or digits).
std::string heading_slug(std::string_view text);

int numbered_heading_level(std::string_view line);

}  // namespace sift
