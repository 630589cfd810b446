// sentences.h — splits a block's text into sentences.
//
// Input: one block of UTF-8 text. Output: views into that text, one per
// sentence, trimmed of white space, never empty, in order. Used by the
// summariser (sentences are what it ranks) and by the stats (sentence count).
//
// CJK: a sentence ends at 。！？；… (full-width or, right after a CJK
// character, their ASCII forms), runs of them ("……", "？！") included.
// Latin: at . ? ! followed by white space or the end, except after a known
// abbreviation ("Dr.", "e.g.", "U.S."), a single-letter initial ("J. K."),
// inside a number ("3.14"), or when the next word starts in lower case.
// Closing quotes and brackets right after the ender belong to the sentence.
// A line break always ends a sentence. Linear in the input.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sift {

std::vector<std::string_view> split_sentences(std::string_view text);
// The same, appended to `out` (callers that split many blocks reuse one buffer).
void split_sentences(std::string_view text, std::vector<std::string_view>& out);

// split_sentences(text).size(), without making the views (the stats count
// sentences and need nothing else).
std::size_t count_sentences(std::string_view text);

}  // namespace sift
