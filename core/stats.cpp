// stats.cpp — units, sentence count and reading time of an article body.
//
// Input: body blocks. Output: Stats. One pass over every block's bytes: ASCII
// sixteen bytes at a time (SSE2 hosts), eight at a time or by table,
// everything else decoded to code points.
#include "stats.h"

#include <array>
#include <cmath>
#include <cstdint>

#include "feature_bytes.h"
#include "sentences.h"
#include "summary_bytes.h"
#include "utf8.h"

namespace sift {
namespace {

bool is_word_char(char32_t c) {
    return (utf8::is_letter(c) && !utf8::is_cjk(c)) || utf8::is_digit(c) || (c >= 0x300 && c <= 0x36F);
}

// ASCII by its part in word counting, so the common case needs no decoding
// and no branch: kWordBit for a word character, kKeepBit for an apostrophe
// (a word it is inside goes on), neither for a separator.
constexpr unsigned kWordBit = 1;
constexpr unsigned kKeepBit = 2;
constexpr std::array<unsigned char, 128> kAsciiClass = [] {
    std::array<unsigned char, 128> table{};
    for (char c = '0'; c <= '9'; ++c) table[static_cast<unsigned char>(c)] = kWordBit;
    for (char c = 'a'; c <= 'z'; ++c) table[static_cast<unsigned char>(c)] = kWordBit;
    for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<unsigned char>(c)] = kWordBit;
    table['\''] = kKeepBit;
    return table;
}();

// Words starting in the first `count` bytes (1..8) of a chunk, all ASCII and
// no apostrophe, given whether a word runs into them; `in_word` becomes
// whether one runs out of them.
std::size_t chunk_word_starts(std::uint64_t x, std::size_t count, unsigned& in_word) {
    const std::uint64_t word = swar::alphanumeric_bytes(swar::first_bytes(x, count));
    const std::uint64_t starts = word & ~((word << 8) | (std::uint64_t{in_word} << 7));
    in_word = static_cast<unsigned>(word >> (8 * count - 1)) & 1;
    return swar::count_marked(starts);
}

#if SIFT_WIDE_LANES
// Sixteen bytes with no apostrophe and no non-ASCII byte: adds the words
// that start in them to `words`, given whether a word runs into them, and
// leaves `in_word` saying whether one runs out. Returns false, doing
// nothing, for bytes that hold either (the eight-byte path takes them).
bool plain_words16(__m128i x, std::size_t& words, unsigned& in_word) {
    const unsigned special = static_cast<unsigned>(_mm_movemask_epi8(x)) | wide::equal_mask(x, '\'');
    if (special != 0) return false;
    const __m128i word = _mm_or_si128(wide::ascii_letter_lanes(x), wide::ascii_digit_lanes(x));  // ASCII letters and digits
    // A word starts at a word byte whose previous byte (or the run coming in) is none.
    const __m128i before = _mm_or_si128(_mm_slli_si128(word, 1), _mm_cvtsi32_si128(static_cast<int>(in_word * 0xFFu)));
    const __m128i starts = _mm_and_si128(_mm_andnot_si128(before, word), _mm_set1_epi8(1));
    const __m128i sums = _mm_sad_epu8(starts, _mm_setzero_si128());  // the two halves' counts
    words += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
    in_word = static_cast<unsigned>(_mm_movemask_epi8(word)) >> 15;
    return true;
}
#endif

// The code point at a non-ASCII byte text[i], advancing i past it: as
// utf8::next_codepoint, with the three-byte sequences that need no range
// check (leads E1-EC, EE, EF: no overlong form, no surrogate) decoded here,
// which is every CJK character.
char32_t three_byte_codepoint(std::string_view text, std::size_t& i) {
    const unsigned char b0 = static_cast<unsigned char>(text[i]);
    if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && i + 2 < text.size()) {
        const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
        const unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            i += 3;
            return (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | char32_t{b2 & 0x3Fu};
        }
    }
    std::size_t next = i;  // the caller's `i` stays in a register: only this copy's address is taken
    const char32_t c = utf8::next_codepoint_multibyte(text, next);
    i = next;
    return c;
}

bool counts_sentences(BodyType t) {
    return t == BodyType::Paragraph || t == BodyType::ListItem || t == BodyType::Quote;
}

}  // namespace

void count_scripts(std::string_view text, ScriptCounts& counts) {
    unsigned in_word = 0;
    count_scripts_continued(text, counts, in_word);
}

void count_scripts_continued(std::string_view text, ScriptCounts& counts, unsigned& in_word_across) {
    ScriptCounts n;  // locals: the compiler keeps them in registers (text bytes may alias `counts`)
    unsigned in_word = in_word_across;
    for (std::size_t i = 0; i < text.size();) {
#if SIFT_WIDE_LANES
        if (i + wide::kWidth <= text.size() && plain_words16(wide::load16(text, i), n.words, in_word)) {
            i += wide::kWidth;
            continue;
        }
#endif
        if (text.size() >= swar::kChunk) {
            // The plain ASCII bytes before the first non-ASCII byte or
            // apostrophe go eight at a time; that byte goes below. (The
            // apostrophe test is exact before the first non-ASCII byte,
            // which is all that is read of it.) The last few bytes of a
            // text come from its last eight, moved down and zero padded:
            // zeros are neither.
            const std::size_t left = text.size() - i;
            const std::uint64_t x = left >= swar::kChunk
                                        ? swar::load_chunk(text.data() + i)
                                        : swar::load_chunk(text.data() + text.size() - swar::kChunk) >> (8 * (swar::kChunk - left));
            const std::uint64_t special = (x & swar::kHighBits) | swar::bytes_equal(x, '\'');
            const std::size_t plain = special != 0 ? swar::first_marked(special) : left < swar::kChunk ? left : swar::kChunk;
            if (plain > 0) {
                n.words += chunk_word_starts(x, plain, in_word);
                i += plain;
                continue;
            }
        }
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            const unsigned k = kAsciiClass[b];
            n.words += k & kWordBit & ~in_word;
            in_word = (k & kWordBit) | ((k >> 1) & in_word);
            ++i;
            continue;
        }
        const char32_t c = three_byte_codepoint(text, i);
        if (utf8::is_han(c)) { ++n.han; in_word = 0; continue; }
        if (utf8::is_kana(c)) { ++n.kana; in_word = 0; continue; }
        if (utf8::is_hangul(c)) { ++n.hangul; in_word = 0; continue; }
        if (is_word_char(c)) {
            n.words += 1 - in_word;
            in_word = 1;
        } else if (c != 0x2019) {  // "don’t" is one word, like "don't"
            in_word = 0;
        }
    }
    in_word_across = in_word;
    counts += n;
}

std::size_t count_units(std::string_view text) {
    ScriptCounts n;
    count_scripts(text, n);
    return n.units();
}

Stats compute_stats(const std::vector<BodyBlock>& body, const std::vector<KnownBlockCounts>* known) {
    Stats stats;
    ScriptCounts n;
    const KnownBlockCounts unknown;
    for (std::size_t b = 0; b < body.size(); ++b) {
        const BodyBlock& block = body[b];
        const KnownBlockCounts& k = known ? (*known)[b] : unknown;
        if (k.scripts_known) {
            n += k.scripts;
        } else {
            count_scripts(block.text, n);
        }
        if (!counts_sentences(block.type)) continue;
        stats.sentences += k.sentences >= 0 ? static_cast<std::size_t>(k.sentences) : count_sentences(block.text);
    }
    stats.units = n.units();
    if (stats.units == 0) return stats;
    const double han_speed = n.kana > 0 ? kJapaneseCharsPerMinute : kHanCharsPerMinute;
    const double minutes = static_cast<double>(n.words) / kLatinWordsPerMinute +
                           static_cast<double>(n.han) / han_speed +
                           static_cast<double>(n.kana) / kJapaneseCharsPerMinute +
                           static_cast<double>(n.hangul) / kHangulCharsPerMinute;
    stats.reading_minutes = static_cast<int>(std::ceil(minutes - 1e-9));
    if (stats.reading_minutes < 1) stats.reading_minutes = 1;
    return stats;
}

}  // namespace sift
