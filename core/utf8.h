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

// Decodes the code point at s[i] and advances i past it (at least one byte).
char32_t next_codepoint(std::string_view s, std::size_t& i);
void append(std::string& out, char32_t cp);

std::size_t length(std::string_view s);  // in code points

// Script and character classes (by Unicode block; good enough for scoring).
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

// Trims Unicode white space at both ends.
std::string_view trim(std::string_view s);

}  // namespace sift::utf8
