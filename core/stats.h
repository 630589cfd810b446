// stats.h — article size and reading time.
//
// Input: the assembled body blocks. Output: Stats (units, sentences,
// reading_minutes). Units are what every length in Sift is measured in: a
// word of an alphabetic script counts 1, a CJK character counts 1 (CJK text
// has no spaces, and one character carries about as much as a short word).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "sift.h"

namespace sift {

// Reading speeds used for reading_minutes (silent reading of prose, adult
// averages from reading-rate studies; an estimate, rounded up):
inline constexpr double kLatinWordsPerMinute = 230;   // alphabetic scripts, per word
inline constexpr double kHanCharsPerMinute = 400;     // Chinese, per character
inline constexpr double kJapaneseCharsPerMinute = 500;  // kanji+kana text, per character
inline constexpr double kHangulCharsPerMinute = 500;  // Korean, per syllable block

// Units of one piece of text (see above).
std::size_t count_units(std::string_view text);

// The units of a text by script; count_scripts adds those of `text`.
struct ScriptCounts {
    std::size_t words = 0;   // words of alphabetic scripts (and numbers)
    std::size_t han = 0;
    std::size_t kana = 0;
    std::size_t hangul = 0;
    std::size_t cjk() const { return han + kana + hangul; }  // exactly the code points utf8::is_cjk accepts
    std::size_t units() const { return words + cjk(); }
};
void count_scripts(std::string_view text, ScriptCounts& counts);

// units: over all blocks (headings and code included: they are read too).
// sentences: count_sentences (as many as split_sentences gives) over
// paragraphs, list items and quotes; `known_sentences`, when given, holds one
// entry per block: a block's count where already known (>= 0, from
// summarise), -1 where it must be counted here.
// reading_minutes: per-script units over the speeds above, rounded up; at
// least 1 when there is any unit, 0 for an empty body. A text with any kana is
// read at the Japanese speed for all its Han characters too.
Stats compute_stats(const std::vector<BodyBlock>& body, const std::vector<int>* known_sentences = nullptr);

}  // namespace sift
