// utf8.h — small UTF-8 helpers shared by every stage.
//
// Strings inside the core are always valid UTF-8 once decode.cpp has run, so
// these helpers may assume validity; next_codepoint still never reads past the
// end and returns U+FFFD for anything malformed, so it is safe on raw input too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sift::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Whether every byte of `s` is ASCII. No early exit: the texts asked about
// (words, short lines) are short, and a branch-free loop is cheaper for them.
inline bool is_ascii(std::string_view s) {
    unsigned char bits = 0;
    for (const char c : s) bits |= static_cast<unsigned char>(c);
    return bits < 0x80;
}

// Decodes the code point at s[i] and advances i past it (at least one byte).
// ASCII is decoded inline; everything else goes to next_codepoint_multibyte.
// Its common cases (well-formed two- and three-byte characters: Latin
// accents, Cyrillic, CJK) are decoded inline too; the rest (four-byte
// characters, anything malformed) goes to next_codepoint_general.
char32_t next_codepoint_general(std::string_view s, std::size_t& i);
inline char32_t next_codepoint_multibyte(std::string_view s, std::size_t& i) {
    const unsigned char b0 = static_cast<unsigned char>(s[i]);
    if (b0 >= 0xE0 && b0 <= 0xEF && i + 2 < s.size()) {
        const unsigned char b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            const char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
            // Overlong (below U+0800) and surrogates stay malformed: the general path's answer.
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                i += 3;
                return cp;
            }
        }
    } else if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
        i += 2;
        return (static_cast<char32_t>(b0 & 0x1F) << 6) | (static_cast<unsigned char>(s[i - 1]) & 0x3F);
    }
    return next_codepoint_general(s, i);
}
inline char32_t next_codepoint(std::string_view s, std::size_t& i) {
    const unsigned char b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; return b0; }
    return next_codepoint_multibyte(s, i);
}
void append(std::string& out, char32_t cp);
// Writes the UTF-8 bytes append would add for cp (1..4 of them) to out;
// returns how many.
std::size_t encode(char32_t cp, char out[4]);

std::size_t length(std::string_view s);  // in code points

// A byte that continues a UTF-8 sequence (10xxxxxx).
inline bool is_continuation(char b) { return (static_cast<unsigned char>(b) & 0xC0) == 0x80; }
// The length of the strictly valid UTF-8 sequence (no overlong forms, no
// surrogates, nothing above U+10FFFF: what JSON readers and writers accept)
// that starts with the non-ASCII byte s[i], or 0 if there is none there.
// Inline: the JSON writer asks it for every non-ASCII character it copies.
inline std::size_t strict_sequence_length(std::string_view s, std::size_t i) {
    const unsigned char b0 = static_cast<unsigned char>(s[i]);
    std::size_t extra;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) extra = 1;
    else if (b0 == 0xE0) { extra = 2; lo = 0xA0; }       // no overlong three-byte forms
    else if (b0 >= 0xE1 && b0 <= 0xEC) extra = 2;
    else if (b0 == 0xED) { extra = 2; hi = 0x9F; }       // no surrogates
    else if (b0 >= 0xEE && b0 <= 0xEF) extra = 2;
    else if (b0 == 0xF0) { extra = 3; lo = 0x90; }       // no overlong four-byte forms
    else if (b0 >= 0xF1 && b0 <= 0xF3) extra = 3;
    else if (b0 == 0xF4) { extra = 3; hi = 0x8F; }       // nothing above U+10FFFF
    else return 0;
    if (extra >= s.size() - i) return 0;  // truncated
    const unsigned char b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 < lo || b1 > hi) return 0;
    for (std::size_t k = 2; k <= extra; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    return extra + 1;
}

// Script and character classes (by Unicode block; good enough for scoring).
// (defined inline below: they run for every code point of every stage)
bool is_cjk(char32_t cp);          // Han ideographs, Kana, Hangul syllables
bool is_han(char32_t cp);
bool is_kana(char32_t cp);
bool is_hangul(char32_t cp);
bool is_letter(char32_t cp);       // any script, CJK included
bool is_digit(char32_t cp);        // ASCII and full-width digits
bool is_space(char32_t cp);        // Unicode white space, incl. NBSP, ideographic space
bool is_zero_width(char32_t cp);   // ZWSP, ZWNJ, ZWJ, word joiner, BOM
bool is_rtl_letter(char32_t cp);   // Hebrew, Arabic, Syriac, Thaana, N'Ko ...
bool is_sentence_end(char32_t cp); // . ! ? 。 ！ ？ … and their kin
bool is_closing_punct(char32_t cp);// closing quotes/brackets that may follow a sentence end
bool is_punct(char32_t cp);        // punctuation or symbol (not letter, digit, space)

char32_t to_lower(char32_t cp);    // ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic
std::string to_lower(std::string_view s);
// Appends the lower-cased s to out (the same mapping as to_lower, no new string).
void append_lower(std::string& out, std::string_view s);

// Trims Unicode white space at both ends.
std::string_view trim(std::string_view s);
// Trims code points for which `trimmed` is true at both ends.
std::string_view trim_if(std::string_view s, bool (*trimmed)(char32_t));

inline bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}
inline bool is_kana(char32_t c) { return (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) || (c >= 0x31F0 && c <= 0x31FF); }
inline bool is_hangul(char32_t c) { return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F); }
inline bool is_cjk(char32_t c) { return c >= 0x1100 && (is_han(c) || is_kana(c) || is_hangul(c)); }
inline bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
// is_space past ASCII (NBSP, the Unicode spaces, U+3000): out of line, rarer.
bool is_space_beyond_ascii(char32_t c);
inline bool is_space(char32_t c) { return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : is_space_beyond_ascii(c); }

}  // namespace sift::utf8
