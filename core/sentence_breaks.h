// sentence_breaks.h — where the sentence splitter (sentences.cpp) may find
// a break: the bytes it decodes and tests, found without decoding the rest.
//
// Input: one block's text and a position. Output: the first byte at or after
// it that may start a sentence ender or line break (a few others besides,
// which the splitter decodes and passes over), or the text's end. Sixteen
// bytes a step on SSE2 hosts, eight elsewhere (the WebAssembly build).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "feature_bytes.h"
#include "summary_bytes.h"

namespace sift::sentence_breaks {

// The bytes a sentence break can start at: the ASCII enders and '\n', and
// the lead bytes of the other enders and line separators (U+061F, U+06D4,
// U+0964, U+2026, U+203C, U+2047-9, U+2028-9, U+3002, U+FF01-FF61). Every
// other byte is skipped undecoded: malformed UTF-8 never swallows a
// non-continuation byte, so each of these still starts a code point.
inline constexpr unsigned char kAsciiBreakBytes[] = {'\n', '.', '!', '?', ';'};
inline constexpr unsigned char kLeadBreakBytes[] = {0xD8, 0xDB, 0xE0, 0xE2, 0xE3, 0xEF};
inline constexpr std::array<bool, 256> kMayEndSentence = [] {
    std::array<bool, 256> table{};
    for (unsigned char b : kAsciiBreakBytes) table[b] = true;
    for (unsigned char b : kLeadBreakBytes) table[b] = true;
    return table;
}();

// Whether any of eight bytes may end a sentence (conservatively: every
// non-ASCII byte counts, the table decides).
inline bool chunk_may_end_sentence(std::uint64_t x) {
    return swar::has_non_ascii(x) ||
           (swar::bytes_equal(x, '.') | swar::bytes_equal(x, '!') | swar::bytes_equal(x, '?') |
            swar::bytes_equal(x, ';') | swar::bytes_equal(x, '\n')) != 0;
}

// The ASCII break bytes in three compares instead of five: with bit 0x04 set,
// ';' becomes '?'; with bits 0x24 set, '\n' becomes '.'. The second also
// lets through '*' and the control byte 0x0E, which the scan decodes and
// passes over like any other byte that ends nothing.
constexpr bool ascii_break_candidate(unsigned char b) { return b == '!' || (b | 0x04) == '?' || (b | 0x24) == '.'; }
constexpr bool ascii_candidates_cover_breaks() {
    for (unsigned b = 0; b < 0x80; ++b) {
        const bool extra = b == '*' || b == 0x0E;
        if (ascii_break_candidate(static_cast<unsigned char>(b)) != (kMayEndSentence[b] || extra)) return false;
    }
    return true;
}
static_assert(ascii_candidates_cover_breaks(), "the paired compares find every ASCII break byte, and only '*' and 0x0E besides");

#if SIFT_WIDE_LANES
// Bit k set when byte k of x may start a sentence break: the ASCII break
// bytes as ascii_break_candidate() finds them, and the lead bytes exactly,
// compared only when the sixteen bytes hold a non-ASCII one at all (in
// English text most hold none).
inline unsigned may_end_sentence_mask(__m128i x) {
    const __m128i ascii = _mm_or_si128(
        _mm_cmpeq_epi8(x, _mm_set1_epi8('!')),
        _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(0x04)), _mm_set1_epi8('?')),
                     _mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(0x24)), _mm_set1_epi8('.'))));
    unsigned marks = static_cast<unsigned>(_mm_movemask_epi8(ascii));
    if (_mm_movemask_epi8(x) != 0) {
        __m128i lead = _mm_setzero_si128();
        for (unsigned char b : kLeadBreakBytes)
            lead = _mm_or_si128(lead, _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(b))));
        marks |= static_cast<unsigned>(_mm_movemask_epi8(lead));
    }
    return marks;
}
#endif

// The first byte at or after `k` that may start a sentence break
// (kMayEndSentence), or the text's end: eight bytes a step, then one.
inline std::size_t next_possible_end_scalar(std::string_view text, std::size_t k) {
    while (k + swar::kChunk <= text.size() && !chunk_may_end_sentence(swar::load_chunk(text.data() + k))) k += swar::kChunk;
    while (k < text.size() && !kMayEndSentence[static_cast<unsigned char>(text[k])]) ++k;
    return k;
}

// The same, sixteen bytes a step on SSE2 hosts; the last step reads the
// text's last sixteen bytes (overlapping the ones already read, whose marks
// are shifted out), so no byte-by-byte tail is left. Texts shorter than that
// take the scalar search.
inline std::size_t next_possible_end(std::string_view text, std::size_t k) {
#if SIFT_WIDE_LANES
    if (text.size() >= wide::kWidth) {
        for (; k + wide::kWidth <= text.size(); k += wide::kWidth) {
            const unsigned marks = may_end_sentence_mask(wide::load16(text, k));
            if (marks != 0) return k + wide::first_bit(marks);
        }
        if (k >= text.size()) return text.size();
        const std::size_t last = text.size() - wide::kWidth;
        const unsigned marks = may_end_sentence_mask(wide::load16(text, last)) >> (k - last);
        return marks != 0 ? k + wide::first_bit(marks) : text.size();
    }
#endif
    return next_possible_end_scalar(text, k);
}

}  // namespace sift::sentence_breaks
