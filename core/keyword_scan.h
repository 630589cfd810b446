// keyword_scan.h — the word scanner of extract_keywords.
//
// Input: a block text. Output: the same WordSpans as scan_words (tokens.h),
// span for span; only faster on the common case: ASCII bytes are classified
// by one table lookup (a word runs on over letters and digits without any
// decoding), and only other characters are decoded and tested the way
// scan_words tests them.
// tests/unit/test_keyword_scan.cpp holds the two scanners equal on
// multi-script and random text.
#pragma once

#include <string_view>
#include <vector>

#include "tokens.h"

namespace sift {

void scan_keyword_spans(std::string_view text, std::vector<WordSpan>& out);

}  // namespace sift
