// language_census.h — the script census and Latin stopword vote behind
// detect_language (language.h), apart so tests can hold it to a plain
// code-point-by-code-point reference.
//
// Input: text in pieces (a word never spans two: a body's pieces are its
// blocks and the line breaks between them). Output: how many code points of
// each script were met, and the stopword vote of the Latin-script words: a
// word is a run of Latin code points (ASCII letters, U+00C0..U+024F),
// lower-cased, looked up with stopword_languages.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "feature_word.h"
#include "language_figures.h"
#include "stopwords.h"
#include "utf8.h"

namespace sift {

static_assert(ExactVote::kLanguages == LatinVote::kLanguages, "both votes count the same languages");

// The script of a code point, or -1 for none of those counted. Inline: the
// census asks it for every non-ASCII code point (all of a CJK sample). The
// ranges are tested from the bottom up, so the code points most often met
// outside CJK (accented Latin letters, then the punctuation of U+2000..U+2FFF:
// quotes, dashes, bullets) are answered after a test or two.
inline int script_of(char32_t c) {
    if (c < 0x250) return (c >= 0xC0 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? kLatinScript : -1;
    if (c < 0x1100) {
        if (c >= 0x370 && c <= 0x3FF) return kGreekScript;
        if (c >= 0x400 && c <= 0x52F) return kCyrillicScript;
        if (c >= 0x590 && c <= 0x5FF) return kHebrewScript;
        if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F)) return kArabicScript;
        if (c >= 0x900 && c <= 0x97F) return kDevanagariScript;
        if (c >= 0xE00 && c <= 0xE7F) return kThaiScript;
        return -1;
    }
    if (c - 0x2000 < 0x1000) return -1;
    if (utf8::is_han(c)) return kHanScript;
    if (utf8::is_kana(c)) return kKanaScript;
    if (utf8::is_hangul(c)) return kHangulScript;
    if (c >= 0xFB50 && c <= 0xFEFC) return kArabicScript;
    return -1;
}

class Census {
public:
    std::array<int, kScripts> counts{};

    void scan(std::string_view text);

    const LatinVote& vote() const { return vote_; }
    // The same vote in exact shares (language_figures.h), to add to blocks' figures.
    const ExactVote& exact_vote() const { return exact_vote_; }
    // The Latin-script language the stopwords met vote for, or "".
    std::string_view latin_language() const { return vote_.guess(); }

private:
    // The ASCII stretch from text[i] (an ASCII byte, no word pending), 32 or 16
    // bytes at a time; returns where the code-point loop takes over again.
    std::size_t scan_ascii_chunks(std::string_view text, std::size_t i, std::size_t& latin_letters, bool& in_word);
    // The run of ASCII letters text[start, end), which no letter precedes.
    void ascii_word(std::string_view text, std::size_t start, std::size_t end, std::size_t& latin_letters, bool& in_word);
    void flush() {
        cast(word_.stopword_languages());
        word_.clear();
    }
    void cast(StopwordLanguages languages) {
        vote_.add(languages);
        exact_vote_.add(languages);
    }

    LowerWord word_;  // a word built code point by code point (one with non-ASCII letters)
    LatinVote vote_;
    ExactVote exact_vote_;
};

// LatinVote::guess's answer for the vote whose exact shares these are: true
// with `language` set (to "" when there is no guess), or false when the vote
// sits exactly on one of guess's thresholds, where the rounding of LatinVote's
// text-order sums decides; then only a LatinVote of the same words can answer.
bool exact_latin_language(const ExactVote& vote, std::string_view& language);

}  // namespace sift
