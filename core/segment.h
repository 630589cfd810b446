// segment.h — stage 2 (text input): decoded text -> one Block per line.
#pragma once

#include <string_view>
#include <vector>

#include "block.h"

namespace sift {

// Splits decoded text at newlines. Empty lines become `blank_before` on the
// next block; leading indentation becomes `indented`; runs of spaces and tabs
// inside a line collapse to one space. Lines longer than kMaxBlockBytes are cut
// at a space near the limit so no later stage sees an unbounded block.
// `lines_per_block`, if given, is set to how many lines share one block (1
// unless the text has more than kMaxBlocks lines).
std::vector<Block> segment_lines(std::string_view text, std::size_t* lines_per_block = nullptr);

inline constexpr std::size_t kMaxBlockBytes = 64 * 1024;  // far above any real paragraph
inline constexpr std::size_t kMaxBlocks = 200000;          // ~20x the longest real page; bounds memory per line

// Plain-text documents (RFCs, e-mails, READMEs) break paragraphs into lines of
// a fixed width. When most long lines end near one width, lines that reach it
// are joined with the next line of the same paragraph, so a paragraph is one
// block again. Pages copied from a browser are never wrapped this way.
void reflow_hard_wrapped(std::vector<Block>& blocks);

// Code points of valid UTF-8 (what decode_text makes): the bytes that do not
// continue a character. The line widths reflow_hard_wrapped compares.
std::size_t segment_code_points(std::string_view valid_utf8);

}  // namespace sift
