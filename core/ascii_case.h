// ascii_case.h — prefix and substring tests against lower-case ASCII phrases,
// ignoring the case of the searched text, without building a lower-cased copy.
//
// For a phrase of lower-case ASCII these give exactly what the same test on
// utf8::to_lower(text) gives: to_lower maps ASCII to ASCII and every other code
// point to a non-ASCII one of the same encoded length, so byte offsets agree
// and a non-ASCII byte never matches a phrase byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "feature_bytes.h"

namespace sift {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// `lower_phrase` must be lower-case ASCII.
inline bool starts_with_ascii_ci(std::string_view text, std::string_view lower_phrase) {
    if (text.size() < lower_phrase.size()) return false;
    for (std::size_t k = 0; k < lower_phrase.size(); ++k)
        if (ascii_lower(text[k]) != lower_phrase[k]) return false;
    return true;
}

inline bool starts_with_any_ascii_ci(std::string_view text, std::initializer_list<std::string_view> lower_phrases) {
    for (std::string_view p : lower_phrases)
        if (starts_with_ascii_ci(text, p)) return true;
    return false;
}

// The lanes of the eight bytes at text[i] that equal `lower` ignoring ASCII
// case: for a letter, b | 0x20 equals it exactly when ascii_lower(b) does
// (only 'A'..'Z' and 'a'..'z' land on 'a'..'z'); anything else matches as is.
#if SIFT_BYTE_LANES
inline std::uint64_t lanes_equal_ascii_ci(std::string_view text, std::size_t i, char lower) {
    const std::uint64_t fold = lower >= 'a' && lower <= 'z' ? 0x20 * bytes::kOnes : 0;
    return bytes::lanes_equal(bytes::load8(text, i) | fold, static_cast<unsigned char>(lower));
}
#endif

// First offset of `lower_phrase` (lower-case ASCII, not empty) at or after `from`, or npos.
// Starts are found eight at a time by the phrase's first two bytes:
// is_caption_like and the credit tests run several of these over most short
// lines of a page, and a byte loop stops at every common letter.
inline std::size_t find_ascii_ci(std::string_view text, std::string_view lower_phrase, std::size_t from = 0) {
    if (lower_phrase.size() > text.size()) return std::string_view::npos;
    const std::size_t last = text.size() - lower_phrase.size();
    std::size_t i = from;
#if SIFT_BYTE_LANES
    if (lower_phrase.size() >= 2) {
        // Every lane a possible start; the second byte's load ends at i + 9 <= last + 2 <= text.size().
        for (; i + 8 <= last + 1; i += 8) {
            std::uint64_t m = lanes_equal_ascii_ci(text, i, lower_phrase[0]) & lanes_equal_ascii_ci(text, i + 1, lower_phrase[1]);
            for (; m != 0; m &= m - 1) {
                const std::size_t k = i + bytes::first_lane(m);
                if (starts_with_ascii_ci(text.substr(k), lower_phrase)) return k;
            }
        }
    }
#endif
    for (; i <= last; ++i)
        if (ascii_lower(text[i]) == lower_phrase[0] && starts_with_ascii_ci(text.substr(i), lower_phrase)) return i;
    return std::string_view::npos;
}

}  // namespace sift
