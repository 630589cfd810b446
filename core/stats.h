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
    ScriptCounts& operator+=(const ScriptCounts& more) {
        words += more.words;
        han += more.han;
        kana += more.kana;
        hangul += more.hangul;
        return *this;
    }
};
void count_scripts(std::string_view text, ScriptCounts& counts);
// The same over a text read in consecutive pieces: `in_word` (0 at the start
// of a text) says whether a word runs on from the previous piece, and is left
// saying whether one runs on into the next. A piece boundary must not fall
// inside a UTF-8 sequence (the byte after it no continuation byte).
void count_scripts_continued(std::string_view piece, ScriptCounts& counts, unsigned& in_word);

// What an earlier stage already counted of one body block (summarise splits
// and measures every summary-source block it reads), so that compute_stats
// does not count it again. -1 / false: not known, counted there.
struct KnownBlockCounts {
    int sentences = -1;          // count_sentences(block.text)
    bool scripts_known = false;
    ScriptCounts scripts;        // count_scripts(block.text) into empty counts
};

// units: over all blocks (headings and code included: they are read too).
// sentences: count_sentences (as many as split_sentences gives) over
// paragraphs, list items and quotes. `known`, when given, holds one entry
// per block (from summarise): what is known there is not counted again.
// reading_minutes: per-script units over the speeds above, rounded up; at
// least 1 when there is any unit, 0 for an empty body. A text with any kana is
// read at the Japanese speed for all its Han characters too.
Stats compute_stats(const std::vector<BodyBlock>& body, const std::vector<KnownBlockCounts>* known = nullptr);

}  // namespace sift
