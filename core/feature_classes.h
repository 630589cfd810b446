// feature_classes.h — the classes of bytes and code points that the block
// features' scan (block_features.cpp) counts by, apart from the scan itself:
// ASCII by table, the bullets and commas beyond it, the run of common
// ideographs counted without decoding, and the tests the scan asks before
// it starts and where a census word may go on.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "feature_ascii.h"
#include "utf8.h"

namespace sift::feature_scan {

inline bool is_bullet(char32_t c) {
    return c == 0x2022 || c == 0x00B7 || c == 0x25E6 || c == 0x25AA || c == 0x25CF || c == 0x2023 ||
           c == 0x2043 || c == 0x25A0 || c == 0x25C6 || c == 0x2219 || c == 0x30FB;
}

inline bool is_comma(char32_t c) {
    return c == ',' || c == ';' || c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0x060C;
}

// ASCII by what it does to the scan's counts (the ASCII answers of utf8.h's
// is_space / is_letter / is_digit and of is_comma / is_sentence_end).
enum FeatureClass : std::uint8_t {
    kOtherPunct,  // flushes the word, counts as punctuation
    kSpace,       // flushes the word, invisible
    kLetter,
    kDigit,
    kJoiner,      // ' and -: punctuation that keeps a word going ("don't", "well-known")
    kComma,
    kEnder,       // . ! ?
};

inline constexpr std::array<std::uint8_t, 128> kFeatureClasses = [] {
    std::array<std::uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (kAsciiClasses[c] == kAsciiSpace) t[c] = kSpace;
        if (kAsciiClasses[c] == kAsciiLetter) t[c] = kLetter;
    }
    for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
    t['\''] = t['-'] = kJoiner;
    t[','] = t[';'] = kComma;
    t['.'] = t['!'] = t['?'] = kEnder;
    return t;
}();

// After a run of ASCII letters, a byte of these classes (or the end) ends
// the word there; anything else (a digit, a joiner, non-ASCII) may extend it.
// One table load per word instead of four class compares.
inline constexpr std::array<bool, 256> kEndsWord = [] {
    std::array<bool, 256> t{};
    for (int b = 0; b < 128; ++b)
        t[b] = kFeatureClasses[b] == kSpace || kFeatureClasses[b] == kComma || kFeatureClasses[b] == kEnder || kFeatureClasses[b] == kOtherPunct;
    return t;
}();
inline bool ends_word(unsigned char b) { return kEndsWord[b]; }

// The ASCII bytes after which an ASCII . ! ? counts as a sentence end: the
// end of the text (the padding's zero), a space, a closing mark
// (utf8::is_space and is_closing_punct on ASCII).
inline constexpr std::array<bool, 128> kEnderCountsBefore = [] {
    std::array<bool, 128> t{};
    for (int b = 0; b < 128; ++b) t[b] = b == 0 || kAsciiClasses[b] == kAsciiSpace;
    t['"'] = t['\''] = t[')'] = t[']'] = true;
    return t;
}();

// Stands for the last letter of a run of ASCII letters among the last visible characters.
inline constexpr char32_t kAnyAsciiLetter = 'a';

// Stands for the last ideograph of a run of them among the last visible
// characters: like an ASCII letter, none is a digit, a closing mark or a
// sentence end, so which one it was never matters.
inline constexpr char32_t kAnyIdeograph = 0x4E00;

// How many well-formed three-byte characters U+4E00..U+9FFF (the common CJK
// ideographs: most of a Chinese text) follow one another from text[i]. Each
// is CJK and no space, so a run of them is counted without decoding it.
inline std::size_t common_ideograph_run(std::string_view text, std::size_t i) {
    constexpr unsigned kFirst = 0xE4B8, kLast = 0xE9BF;  // the first two bytes of U+4E00 and U+9FFF
    std::size_t count = 0;
    for (; i + 2 < text.size(); i += 3, ++count) {
        const unsigned b0 = static_cast<unsigned char>(text[i]), b1 = static_cast<unsigned char>(text[i + 1]);
        const unsigned b2 = static_cast<unsigned char>(text[i + 2]);
        if (((b0 << 8) | b1) - kFirst > kLast - kFirst || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) break;
    }
    return count;
}

// Whether the first letter or digit (CJK and combining marks count as
// letters) is an ASCII a..z: Features::starts_lower, found before the scan so
// that the scan need not ask at every word whether it is the first.
inline bool starts_with_lower_ascii(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (is_ascii_letter(b)) return b >= 'a';
            if (b >= '0' && b <= '9') return false;
            ++i;
            continue;
        }
        const char32_t c = utf8::next_codepoint_multibyte(text, i);
        if (utf8::is_space(c)) continue;
        if (utf8::is_cjk(c) || utf8::is_letter(c) || (c >= 0x300 && c <= 0x36F) || utf8::is_digit(c)) return false;
    }
    return false;
}

// Whether byte b may start a census Latin letter beyond ASCII (U+00C0..U+024F
// are the two-byte sequences that start with 0xC3..0xC9): if not, no Latin
// letter follows, and the census word before it is whole.
inline bool may_start_latin_beyond_ascii(unsigned char b) { return static_cast<unsigned char>(b - 0xC3) <= 0xC9 - 0xC3; }

}  // namespace sift::feature_scan
