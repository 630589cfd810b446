// keyword_forms.h — what a word surface means to extract_keywords, decided
// once per distinct surface (KeywordCounter::add_surface, keyword_terms.cpp).
//
// Input: a surface as written ("Obama's", "RATES"), for ASCII surfaces of at
// most 16 bytes also its bytes packed as pack_short / pack_wide pack them
// (keyword_index.h). Output: its normalised lower-case form (U+2019 read as an
// apostrophe, a possessive "'s" dropped), its length in code points, and
// whether it is a content word. Packed surfaces are handled a word (8 bytes)
// at a time: each byte tested in its own lane of a 64-bit number.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "stopwords.h"
#include "summary_bytes.h"

namespace sift {

// A surface lower-cased, U+2019 read as an apostrophe, a possessive "'s"
// dropped when something remains before it.
struct Normalised {
    std::string_view lower;  // into the buffer normalise was given
    bool possessive;
};
Normalised normalise(std::string_view surface, bool ascii, std::string& buffer);

// A displayed surface without a possessive at its end ("New Zealand’s").
inline std::string_view without_possessive(std::string_view surface) {
    for (std::string_view tail : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (surface.size() > tail.size() && surface.substr(surface.size() - tail.size()) == tail)
            surface.remove_suffix(tail.size());
    return surface;
}

// stem_light changes only words of four or more bytes ending in one of its
// suffixes' last letters (-s, -ing, -ed, -ly) or in a final e: every other
// word is its own stem, and needs no copy to be stemmed.
inline bool may_stem(std::string_view lower) {
    if (lower.size() < 4) return false;
    // The last letter looked up in a bit set, with no branch per letter
    // (which word ends how follows the text). k & 31 keeps the shift
    // defined; k < 26 rules out non-letters.
    constexpr std::uint32_t kStemEnds = 1u << ('s' - 'a') | 1u << ('g' - 'a') | 1u << ('d' - 'a') | 1u << ('y' - 'a') | 1u << ('e' - 'a');
    const unsigned k = static_cast<unsigned>(static_cast<unsigned char>(lower.back())) - 'a';
    return (k < 26) & ((kStemEnds >> (k & 31)) & 1u);
}

// Content words: no stopwords, no numbers, at least three letters, except
// two-letter acronyms written in capitals ("EU", "AI"). `letters` is the
// length of `lower` in code points.
bool is_content_word(std::string_view lower, std::size_t letters, std::string_view surface);

// What add_surface decides about a surface on first sight.
struct SurfaceForm {
    std::string_view lower;  // normalised (see normalise)
    std::size_t letters;     // code points of `lower`
    bool content;            // is_content_word
    // Known to be no word tokenize() (tokens.h) gives a token: fewer than two
    // letters, digits only, or a stopword. Not content, and not known to be
    // this, may still have a token ("ab", "9'11").
    bool no_token = false;
};

// Inline: called once per new surface from the counting loop, where a call
// per surface measurably costs more than the work.
namespace keyword_lanes {

// Word-wide tests on up to eight ASCII bytes packed lowest first (as
// pack_short packs them): each byte is tested in its own lane, the answer is
// the lane's top bit (summary_bytes.h's swar helpers do the byte-range tests).

// The top bits of the first n lanes.
// A table lookup, not a choice on n >= 8 (compiled as a branch that the
// words' lengths make unpredictable).
inline constexpr std::array<std::uint64_t, 9> kFirstLanes = [] {
    std::array<std::uint64_t, 9> lanes{};
    for (std::size_t n = 1; n <= 8; ++n) lanes[n] = lanes[n - 1] | 0x80ull << (8 * (n - 1));
    return lanes;
}();
inline std::uint64_t first_lanes(std::size_t n) { return kFirstLanes[std::min<std::size_t>(n, 8)]; }
inline char lane(std::uint64_t x, std::size_t k) { return static_cast<char>(x >> (8 * k)); }

// A lower-case form of `size` bytes, packed lowest first and zero past its
// end (low: bytes 0-7, high: 8-15): content unless the stopword table knows
// it; either way no_token is its opposite (a stopword gives no token).
inline void set_stopword_verdict(SurfaceForm& form, std::uint64_t low, std::uint64_t high, std::size_t size) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    low = __builtin_bswap64(low);  // memory order, as the stopword table takes them
    high = __builtin_bswap64(high);
#endif
    form.content = stopword_languages_packed(low, high, size) == 0;
    form.no_token = !form.content;
}

}  // namespace keyword_lanes

// normalise and is_content_word for an ASCII surface of at most eight bytes
// (most surfaces), from its packed bytes in a few word-wide steps; the form
// is written to `buffer` (room for eight bytes).
inline SurfaceForm short_ascii_form(std::string_view surface, std::uint64_t packed, char* buffer) {
    using namespace keyword_lanes;
    const std::size_t n = surface.size();
    const std::uint64_t upper = swar::bytes_in_range(packed, 'A', 'Z');
    const std::uint64_t lower = packed | (upper >> 2);  // 'A' + 0x20 == 'a'
    swar::store_chunk(buffer, lower);  // one store (the lanes past n are zero)
    const std::size_t size = n > 2 && lane(lower, n - 2) == '\'' && lane(lower, n - 1) == 's' ? n - 2 : n;
    SurfaceForm form{std::string_view(buffer, size), size, false};
    if (size < 2) {
        form.no_token = true;
        return form;
    }
    if (size == 2 && upper != first_lanes(n)) return form;  // two letters: only an acronym in capitals
    const std::uint64_t only_digits = swar::bytes_in_range(lower, '0', '9');
    const std::uint64_t digits = only_digits | swar::bytes_in_range(lower, '\'', '\'');
    if ((digits & first_lanes(size)) == first_lanes(size)) {
        form.no_token = (only_digits & first_lanes(size)) == first_lanes(size);
        return form;
    }
    // The form is already packed: the stopword table takes it as it is (its
    // bytes in memory order, zero padded), with no repacking of the word.
    set_stopword_verdict(form, lower & (size >= 8 ? ~0ull : (1ull << (8 * size)) - 1), 0, size);
    return form;
}


// short_ascii_form for a surface of ASCII letters and digits only (at most
// eight bytes, `n` of them): with no apostrophe there is no possessive to
// cut and every non-digit is a letter, so fewer lanes are tested.
inline SurfaceForm plain_ascii_form(std::size_t n, std::uint64_t packed, char* buffer) {
    using namespace keyword_lanes;
    const std::uint64_t upper = swar::bytes_in_range(packed, 'A', 'Z');
    const std::uint64_t lower = packed | (upper >> 2);  // 'A' + 0x20 == 'a'
    swar::store_chunk(buffer, lower);  // one store (the lanes past n are zero)
    SurfaceForm form{std::string_view(buffer, n), n, false};
    if (n < 2) {
        form.no_token = true;
        return form;
    }
    const std::uint64_t all = first_lanes(n);
    if (n == 2 && upper != all) return form;  // two letters: only an acronym in capitals
    if ((swar::bytes_in_range(lower, '0', '9') & all) == all) {  // a number
        form.no_token = true;
        return form;
    }
    set_stopword_verdict(form, lower, 0, n);  // zero past n already
    return form;
}

// plain_ascii_form for 9..16 bytes (`low`: the first eight, `high`: the
// rest) as wide_ascii_form packs them. At nine or more letters the
// two-letter rule never applies.
inline SurfaceForm plain_wide_form(std::size_t n, std::uint64_t low, std::uint64_t high, char* buffer) {
    using namespace keyword_lanes;
    const std::uint64_t lower_low = low | (swar::bytes_in_range(low, 'A', 'Z') >> 2);
    const std::uint64_t lower_high = high | (swar::bytes_in_range(high, 'A', 'Z') >> 2);
    swar::store_chunk(buffer, lower_low);
    swar::store_chunk(buffer + 8, lower_high);
    SurfaceForm form{std::string_view(buffer, n), n, false};
    const std::uint64_t want_high = first_lanes(n - 8);
    if (swar::bytes_in_range(lower_low, '0', '9') == swar::kHighBits &&
        (swar::bytes_in_range(lower_high, '0', '9') & want_high) == want_high) {  // a number
        form.no_token = true;
        return form;
    }
    set_stopword_verdict(form, lower_low, lower_high, n);  // zero past n already
    return form;
}

// short_ascii_form for an ASCII surface of 9..16 bytes packed as pack_wide
// packs it (low: its first eight bytes, high: the rest). At seven or more
// letters (after a possessive) the two-letter and acronym rules never apply.
inline SurfaceForm wide_ascii_form(std::string_view surface, std::uint64_t low, std::uint64_t high, char* buffer) {
    using namespace keyword_lanes;
    const std::size_t n = surface.size();
    const std::uint64_t lower_low = low | (swar::bytes_in_range(low, 'A', 'Z') >> 2);
    const std::uint64_t lower_high = high | (swar::bytes_in_range(high, 'A', 'Z') >> 2);
    swar::store_chunk(buffer, lower_low);
    swar::store_chunk(buffer + 8, lower_high);
    const std::size_t size = buffer[n - 2] == '\'' && buffer[n - 1] == 's' ? n - 2 : n;
    SurfaceForm form{std::string_view(buffer, size), size, false};
    const std::size_t size_high = size > 8 ? size - 8 : 0;
    const std::uint64_t only_digits_low = swar::bytes_in_range(lower_low, '0', '9');
    const std::uint64_t only_digits_high = swar::bytes_in_range(lower_high, '0', '9');
    const std::uint64_t digits_low = only_digits_low | swar::bytes_in_range(lower_low, '\'', '\'');
    const std::uint64_t digits_high = only_digits_high | swar::bytes_in_range(lower_high, '\'', '\'');
    const std::uint64_t want_low = first_lanes(size), want_high = size_high == 0 ? 0 : first_lanes(size_high);
    if ((digits_low & want_low) == want_low && (digits_high & want_high) == want_high) {
        form.no_token = (only_digits_low & want_low) == want_low && (only_digits_high & want_high) == want_high;
        return form;
    }
    set_stopword_verdict(form, swar::first_bytes(lower_low, size), size_high == 0 ? 0 : swar::first_bytes(lower_high, size_high), size);
    return form;
}

}  // namespace sift
