// language_census.cpp — the script census and stopword vote (see
// language_census.h).
//
// Speed: most sampled text is ASCII prose, so ASCII is read 32 or 16 bytes at
// a time (feature_bytes.h sift::wide): a compare per 16 gives the letters,
// and the words are found from that mask, not byte by byte. Only non-ASCII
// code points, and ASCII words that touch one (they may go on in "é"), take
// the code-point loop. Builds without SSE2 (the WebAssembly one) use that loop
// for everything; it gives the same counts and votes.
#include "language_census.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "feature_ascii.h"
#include "feature_bytes.h"
#include "utf8.h"

// ascii_word runs for every ASCII word of the sample: inlined into both
// loops, its running figures stay in registers.
#if defined(__GNUC__)
#define SIFT_CENSUS_INLINE [[gnu::always_inline]] inline
#else
#define SIFT_CENSUS_INLINE inline
#endif

namespace sift {

std::array<VoteLaneAdds, std::size_t{1} << ExactVote::kLanguages> g_vote_lane_adds;

namespace {

bool fill_vote_lane_adds() {
    for (std::size_t m = 1; m < g_vote_lane_adds.size(); ++m) {
        const std::uint64_t share = ExactVote::share_of(static_cast<std::uint8_t>(m));
        for (std::size_t l = 0; l < ExactVote::kLanguages; ++l) {
            if (((m >> l) & 1) == 0) continue;
            if (l < 4) g_vote_lane_adds[m].low += share << (16 * l);
            else g_vote_lane_adds[m].high += share << (16 * (l - 4));
        }
        g_vote_lane_adds[m].high += std::uint64_t{1} << kStopwordCountShift;  // one stopword, for add_counted
    }
    return true;
}
[[maybe_unused]] const bool g_vote_lane_adds_filled = fill_vote_lane_adds();

}  // namespace

SIFT_CENSUS_INLINE void Census::ascii_word(std::string_view text, std::size_t start, std::size_t end, std::size_t& latin_letters, bool& in_word) {
    const std::size_t run = end - start;
    latin_letters += run;
    // A whole word when nothing Latin can go on after it (an ASCII byte or
    // the end follows): looked up at once. Longer words are no stopword.
    if (end == text.size() || static_cast<unsigned char>(text[end]) < 0x80) {
        if (run <= kStopwordKeyBytes) {
            const StopwordLanguages languages = key_stopword_languages(ascii_stopword_key(text, start, run));
            if (languages != 0) cast(languages);  // most words are none: no call
        }
        return;
    }
    word_.push_ascii_letters(text, start, run);
    in_word = true;
}

#if SIFT_WIDE_LANES
namespace {

// Index of the lowest set bit; mask != 0.
inline std::size_t first_bit64(std::uint64_t mask) { return static_cast<std::size_t>(__builtin_ctzll(mask)); }

// Per word size n (1..16): the masks that keep the first n bytes of sixteen
// read as two 64-bit numbers, lowest byte first (x86, where SSE2 is).
struct KeepBytes {
    std::uint64_t low, high;
};
constexpr std::array<KeepBytes, kStopwordKeyBytes + 1> kKeepBytes = [] {
    std::array<KeepBytes, kStopwordKeyBytes + 1> keep{};
    for (std::size_t n = 1; n <= kStopwordKeyBytes; ++n) {
        keep[n].low = n >= 8 ? ~std::uint64_t{0} : ~(~std::uint64_t{0} << (8 * n));
        keep[n].high = n <= 8 ? 0 : n == 16 ? ~std::uint64_t{0} : ~(~std::uint64_t{0} << (8 * (n - 8)));
    }
    return keep;
}();

}  // namespace
#endif

SIFT_CENSUS_INLINE std::size_t Census::scan_ascii_chunks(std::string_view text, std::size_t i, std::size_t& latin_letters, bool& in_word) {
#if SIFT_WIDE_LANES
    // A chunk is 32 bytes (two loads), or 16 near the end of the text. Its
    // bytes with the case bit set (letters lower-cased) go to `folded`, then
    // sixteen bytes of padding: a word's stopword key is read from there with no
    // bound check, keeping only the word's own bytes (x86: lowest byte first).
    constexpr std::size_t kWideChunk = 2 * wide::kWidth;
    alignas(16) unsigned char folded[kWideChunk + wide::kWidth] = {};
    const __m128i case_bit = _mm_set1_epi8(0x20);
    for (;;) {  // text[i] is ASCII and no letter precedes it
        std::size_t width;
        std::uint64_t non_ascii, letters;
        if (i + kWideChunk <= text.size()) {
            const __m128i x = wide::load16(text, i), y = wide::load16(text, i + wide::kWidth);
            width = kWideChunk;
            non_ascii = static_cast<unsigned>(_mm_movemask_epi8(x)) | static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(y))) << wide::kWidth;
            letters = wide::ascii_letter_mask(x) | static_cast<std::uint64_t>(wide::ascii_letter_mask(y)) << wide::kWidth;
            _mm_store_si128(reinterpret_cast<__m128i*>(folded), _mm_or_si128(x, case_bit));
            _mm_store_si128(reinterpret_cast<__m128i*>(folded + wide::kWidth), _mm_or_si128(y, case_bit));
        } else if (i + wide::kWidth <= text.size()) {
            const __m128i x = wide::load16(text, i);
            width = wide::kWidth;
            non_ascii = static_cast<unsigned>(_mm_movemask_epi8(x));
            letters = wide::ascii_letter_mask(x);
            _mm_store_si128(reinterpret_cast<__m128i*>(folded), _mm_or_si128(x, case_bit));
        } else {
            return i;
        }
        // Only the lanes before the first non-ASCII byte are this stretch's
        // (no non-ASCII lane is a letter).
        const std::size_t lanes = non_ascii != 0 ? first_bit64(non_ascii) : width;
        const std::uint64_t ascii_lanes = (std::uint64_t{1} << lanes) - 1;
        std::uint64_t starts = letters & ~(letters << 1) & ascii_lanes;
        const std::uint64_t breaks = ~letters;  // lanes past the chunk count as breaks too
        std::size_t next = i + lanes;
        while (starts != 0) {
            const std::size_t s = first_bit64(starts);
            starts &= starts - 1;
            const std::size_t e = s + first_bit64(breaks >> s);
            if (e < lanes) {  // a whole word: an ASCII non-letter of this chunk ends it
                const std::size_t n = e - s;
                latin_letters += n;
                if (n > kStopwordKeyBytes) continue;  // no stopword is that long
                StopwordKey key;
                std::memcpy(&key.low, folded + s, 8);
                std::memcpy(&key.high, folded + s + 8, 8);
                key.low &= kKeepBytes[n].low;
                key.high &= kKeepBytes[n].high;
                key.size = n;
                const StopwordLanguages languages = key_stopword_languages(key);
                if (languages != 0) cast(languages);  // most words are none
                continue;
            }
            if (e == width && s > 0) {  // goes on past the chunk: the next chunk starts with it
                next = i + s;
                break;
            }
            // A word as long as the chunk or longer, or one that runs into a
            // non-ASCII byte (and may go on in an "é").
            next = e == width ? ascii_letter_run_end(text, i + e) : i + e;
            ascii_word(text, i + s, next, latin_letters, in_word);
            break;
        }
        // The stretch ends at a non-ASCII byte, or in a word that goes on in one.
        if (in_word || (next < text.size() && static_cast<unsigned char>(text[next]) >= 0x80)) return next;
        i = next;
    }
#else
    return i;
#endif
}

void Census::scan(std::string_view text) {
    // The hot loop keeps its running figures in locals: the vote writes
    // memory the compiler could not otherwise keep them apart from.
    const std::size_t size = text.size();
    std::size_t latin_letters = 0;
    bool in_word = !word_.empty();  // a word built code point by code point is pending
    for (std::size_t i = 0; i < size;) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (!in_word) {
                const std::size_t stop = scan_ascii_chunks(text, i, latin_letters, in_word);
                if (stop != i) {
                    i = stop;
                    continue;
                }
            }
            if (is_ascii_letter(b)) {
                const std::size_t end = ascii_letter_run_end(text, i + 1);
                if (in_word) {
                    word_.push_ascii_letters(text, i, end - i);
                    latin_letters += end - i;
                } else {
                    ascii_word(text, i, end, latin_letters, in_word);
                }
                i = end;
            } else {
                if (in_word) flush(), in_word = false;
                ++i;
            }
            continue;
        }
        const char32_t c = utf8::next_codepoint_multibyte(text, i);
        const int s = script_of(c);
        if (s >= 0) ++counts[s];
        if (s == kLatinScript) word_.push(utf8::to_lower(c)), in_word = true;
        else if (in_word) flush(), in_word = false;
    }
    if (in_word) flush();
    counts[kLatinScript] += static_cast<int>(latin_letters);
}

namespace {

// LatinVote::guess's rule (stopwords.h), in shares.
constexpr std::uint64_t kMinGuessShares = std::uint64_t{kMinGuessHits} * ExactVote::kWhole;
constexpr std::uint64_t kMarginNumerator = kMinGuessMarginNumerator, kMarginDenominator = kMinGuessMarginDenominator;

}  // namespace

// Why exact shares give LatinVote's answer away from the thresholds: a sample
// has at most 64 K words, so each LatinVote score is off its exact value by
// less than 1e-6, while two different share totals differ by at least
// 1/420 vote. Ties for the best need no care: LatinVote then has
// best < 1.25 * second whichever way the rounding goes (both are >= 3 > 0
// past the first test), and so no guess, as here.
bool exact_latin_language(const ExactVote& vote, std::string_view& language) {
    std::size_t best = 0;
    for (std::size_t l = 1; l < ExactVote::kLanguages; ++l)
        if (vote.shares(l) > vote.shares(best)) best = l;
    std::uint64_t second = 0;
    for (std::size_t l = 0; l < ExactVote::kLanguages; ++l)
        if (l != best) second = std::max<std::uint64_t>(second, vote.shares(l));
    const std::uint64_t top = vote.shares(best), margin = kMarginNumerator * second;
    if (top == kMinGuessShares) return false;
    if (top < kMinGuessShares) {
        language = {};
        return true;
    }
    if (top * kMarginDenominator == margin) return false;
    language = top * kMarginDenominator < margin ? std::string_view() : stopword_language_code(best);
    return true;
}

}  // namespace sift
