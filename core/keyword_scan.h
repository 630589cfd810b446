// keyword_scan.h — the word scanner of extract_keywords.
//
// Input: a block text. Output: the same spans as scan_words (tokens.h), span
// for span, each handed to a callback as it is found (no span list is kept),
// with two things the counter would otherwise look up again:
// - sentence_start: whether the span starts a sentence (nothing but blanks,
//   quotes and opening brackets after a sentence end, a colon, a line break
//   or the start of the text), tracked as the gaps are read;
// - packed: for an ASCII word of at most eight bytes (most words), its bytes
//   as pack_short (keyword_index.h) packs them, taken from the load that
//   found the word's end; for one of 9..16 bytes, its first eight so (the
//   first half of pack_wide), the word's end found by a second load (so
//   long words are not scanned again by word_end).
// Only faster than scan_words on the common case: ASCII bytes are classified
// by one table lookup and a word's letters eight at a time; other characters
// are decoded and tested the way scan_words tests them.
// tests/unit/test_keyword_scan.cpp holds the scanners equal on multi-script
// and random text.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "feature_bytes.h"
#include "tokens.h"
#include "utf8.h"

namespace sift {

struct KeywordSpan : WordSpan {
    bool sentence_start = false;
    bool has_packed = false;
    // When has_packed: pack_short of the word (at most eight bytes), or of
    // its first eight bytes (9..16 bytes: pack_wide's first half).
    std::uint64_t packed = 0;
};

// Calls on_span(const KeywordSpan&) for each span of `text`, in order.
template <class OnSpan>
void for_each_keyword_span(std::string_view text, OnSpan on_span);

// The spans as a list (for tests and callers that keep them).
void scan_keyword_spans(std::string_view text, std::vector<KeywordSpan>& out);

namespace keyword_scan {

// What an ASCII byte does to the scanner: its class, and (in the high bits)
// what it does to the sentence-start state.
enum : std::uint8_t { kOther = 0, kWordByte = 1, kSpaceByte = 2, kHyphenByte = 3, kClassMask = 3 };
enum : std::uint8_t { kEndsSentence = 4, kKeepsSentence = 8 };  // neither: the sentence goes on

inline constexpr std::array<std::uint8_t, 256> kByteTable = [] {
    std::array<std::uint8_t, 256> t{};  // bytes of multi-byte characters stay kOther
    for (int c = 'a'; c <= 'z'; ++c) t[c] = kWordByte;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = kWordByte;
    for (int c = '0'; c <= '9'; ++c) t[c] = kWordByte;
    for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpaceByte;
    t['-'] = kHyphenByte;
    // Read back from a word to the first other character, these are skipped...
    for (const char c : {' ', '"', '\'', '(', '\t'}) t[static_cast<unsigned char>(c)] |= kKeepsSentence;
    // ...and these make the word start a sentence.
    for (const char c : {'.', '!', '?', ':', '\n'}) t[static_cast<unsigned char>(c)] |= kEndsSentence;
    return t;
}();

// scan_words' word characters (letters outside CJK, digits, combining marks).
bool is_word_char(char32_t c);
// The end of the word (or CJK run) whose characters before `i` are in it.
std::size_t word_end(std::string_view text, std::size_t i);
std::size_t cjk_end(std::string_view text, std::size_t i);

// Eight bytes at p in text order from the lowest byte up.
inline std::uint64_t load_eight(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

// How many of the eight bytes in `v` (lowest first) are ASCII letters or
// digits before the first that is not (8 when all are). Each byte is
// range-tested in its own lane: with its top bit cleared first, no lane
// carries into the next.
inline std::size_t leading_word_bytes(std::uint64_t v) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = kOnes * 0x80, kLow7 = kOnes * 0x7F;
    const auto in_range = [](std::uint64_t x, unsigned lo, unsigned hi) {  // per lane: lo <= x <= hi, x < 0x80
        return (x + kOnes * (0x80 - lo)) & ~(x + kOnes * (0x7F - hi)) & kHigh;
    };
    const std::uint64_t x = v & kLow7;
    const std::uint64_t word = (in_range(x | kOnes * 0x20, 'a', 'z') | in_range(x, '0', '9')) & ~v;
    const std::uint64_t other = ~word & kHigh;
    return other == 0 ? 8 : static_cast<std::size_t>(__builtin_ctzll(other)) / 8;
}

}  // namespace keyword_scan

template <class OnSpan>
void for_each_keyword_span(std::string_view text, OnSpan on_span) {
    using namespace keyword_scan;
    bool joined_gap = true;      // only white space / hyphens since the last span
    bool hyphen_gap = false;     // a hyphen among them
    bool have_prev = false;
    bool sentence_start = true;  // a word starting here would start a sentence
    const std::size_t size = text.size();
    std::size_t i = 0;
    KeywordSpan span;
    while (i < size) {
        const std::size_t begin = i;
        const char b = text[i];
        bool cjk = false;
        span.has_packed = false;
        if (static_cast<unsigned char>(b) < 0x80) {
            const std::uint8_t entry = kByteTable[static_cast<unsigned char>(b)];
            const std::uint8_t cls = entry & kClassMask;
            if (cls != kWordByte) {
                ++i;
                if (!(entry & kKeepsSentence)) sentence_start = (entry & kEndsSentence) != 0;
                if (cls == kSpaceByte) continue;
                if (cls == kHyphenByte) hyphen_gap = true;
                else joined_gap = false;
                continue;
            }
            // An ASCII word: its letters eight at a time; when it ends within
            // them, before an ASCII byte that is no apostrophe, it is done.
            i = begin + 1;  // the word's characters before i
#if SIFT_WIDE_LANES
            if (begin + wide::kWidth <= size) {
                // Sixteen bytes classified at once: the word's length (up to
                // sixteen) with no branch on whether it passes eight (a fifth
                // of words do, not in a pattern). It is packed when an ASCII
                // byte that is no word byte and no apostrophe (or the text's
                // end) follows; the tests below it cover eight bytes and
                // sixteen the same way.
                const __m128i x = wide::load16(text, begin);
                const unsigned word_bytes = static_cast<unsigned>(
                    _mm_movemask_epi8(_mm_or_si128(wide::ascii_letter_lanes(x), wide::ascii_digit_lanes(x))));
                const std::size_t run = wide::first_bit(~word_bytes);  // at most 16: bits 16 up are set
                i = begin + run;
                const unsigned char next = i < size ? static_cast<unsigned char>(text[i]) : 0;
                if (next < 0x80 && next != '\'' && (kByteTable[next] & kClassMask) != kWordByte) {
                    span.has_packed = true;
                    const std::uint64_t v = load_eight(text.data() + begin);
                    // Its first min(run, 8) bytes, masked with no branch (run >= 1).
                    span.packed = v & (~0ull >> (64 - 8 * std::min<std::size_t>(run, 8)));
                }
            } else
#endif
            if (begin + 8 <= size) {
                const std::uint64_t v = load_eight(text.data() + begin);
                const std::size_t run = leading_word_bytes(v);
                i = begin + run;
                if (run < 8) {
                    const unsigned char next = static_cast<unsigned char>(text[i]);
                    if (next < 0x80 && next != '\'') {
                        span.has_packed = true;
                        span.packed = v & ((1ull << (8 * run)) - 1);
                    }
                } else {
                    // Eight word bytes and maybe more: the next eight the same
                    // way (near the text's end, the last eight shifted down to
                    // start there, as below). The word is packed when it ends
                    // within them; after sixteen word bytes, when no word byte
                    // follows.
                    const std::size_t rest = size - i;
                    std::uint64_t high = 0;  // no bytes left: a zero lane ends the word
                    if (rest >= 8) high = load_eight(text.data() + i);
                    else if (rest > 0) high = load_eight(text.data() + size - 8) >> (8 * (8 - rest));
                    const std::size_t run_high = leading_word_bytes(high);
                    i += run_high;
                    const unsigned char next = i < size ? static_cast<unsigned char>(text[i]) : 0;
                    if (next < 0x80 && next != '\'' && (run_high < 8 || (kByteTable[next] & kClassMask) != kWordByte)) {
                        span.has_packed = true;
                        span.packed = v;
                    }
                }
            } else if (size >= 8) {
                // Near the end of the text (the last word of most blocks): the
                // last eight bytes, shifted down to start at the word; the
                // zero lanes shifted in end it at the text's end at the latest.
                const std::uint64_t v = load_eight(text.data() + size - 8) >> (8 * (begin + 8 - size));
                const std::size_t run = leading_word_bytes(v);
                i = begin + run;
                const unsigned char next = i < size ? static_cast<unsigned char>(text[i]) : 0;  // 0: the text ends it
                if (next < 0x80 && next != '\'') {
                    span.has_packed = true;
                    span.packed = v & ((1ull << (8 * run)) - 1);
                }
            }
            if (!span.has_packed) i = word_end(text, i);
        } else {
            std::size_t next = i;  // a copy: `i` itself never has its address taken, and stays in a register
            const char32_t c = utf8::next_codepoint_multibyte(text, next);
            i = next;
            cjk = utf8::is_cjk(c);
            if (!cjk && !is_word_char(c)) {
                if (c == 0x2010) hyphen_gap = true;
                else if (!utf8::is_space(c)) joined_gap = false;
                if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F) sentence_start = true;    // 。！？
                else if (c != 0x201C && c != 0x2018 && c != 0xA0) sentence_start = false;  // “ ‘ and NBSP are skipped
                continue;
            }
            i = cjk ? cjk_end(text, i) : word_end(text, i);
        }
        span.begin = static_cast<std::uint32_t>(begin);
        span.end = static_cast<std::uint32_t>(i);
        span.cjk = cjk;
        span.joined = have_prev && joined_gap;
        span.hyphenated = span.joined && hyphen_gap;
        span.sentence_start = sentence_start;
        on_span(static_cast<const KeywordSpan&>(span));
        have_prev = true;
        joined_gap = true;
        hyphen_gap = false;
        sentence_start = false;  // a span ends in a letter, digit or CJK character
        // The usual gaps after a span, a space or ", " or ". ", are stepped
        // over here, not in turns of the loop, with the same effect on the
        // state (see kByteTable: a space changes nothing).
        if (i < size) {
            const char c = text[i];
            if (c == ' ') {
                ++i;
            } else if ((c == ',' || c == '.') && i + 1 < size && text[i + 1] == ' ') {
                joined_gap = false;
                sentence_start = c == '.';
                i += 2;
            }
        }
    }
}

}  // namespace sift
