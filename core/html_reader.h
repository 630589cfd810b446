// html_reader.h — HTML (clipboard text/html or a saved page) to Blocks.
//
// Input: HTML bytes of any quality. Output: a Page (block.h) whose Blocks are
// the page's rendered paragraphs — one per block-level element, table rows as
// tab-joined cells, <br> kept as "\n", <pre> verbatim — each with the HTML
// facts later stages use (shape, heading level, link share, boilerplate hint,
// hidden, inside-article, tag path), plus PageMeta from <title>, <meta>,
// JSON-LD, <time> and <html lang dir>. Linear time, no recursion, no
// exceptions.
#pragma once

#include <cstddef>
#include <string_view>

#include "block.h"

namespace sift {

// Elements nested deeper than this are read as if they were inline text of
// the 512th: real pages stay far below, and it bounds the stack's memory.
inline constexpr std::size_t kMaxHtmlDepth = 512;

Page read_html(std::string_view html);

// True for documents and clipboard HTML fragments; false for plain text that
// merely contains '<' ("a < b", "vector<int>", "<bob@example.com>").
bool looks_like_html(std::string_view input);

}  // namespace sift
